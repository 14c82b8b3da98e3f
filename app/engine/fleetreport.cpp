#include "fleetreport.h"

#include "format.h"
#include "reportwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>

namespace gma {

bool FleetReport::ok() const
{
    return !results.isEmpty() && failing().isEmpty();
}

QStringList FleetReport::failing() const
{
    QStringList labels;
    for (const FleetResult &r : results) {
        if (!r.ok())
            labels << r.label;
    }
    return labels;
}

namespace FleetReports {

namespace {

ReportCell cell(const QString &text, const QString &note = QString())
{
    ReportCell c;
    c.text = text;
    c.note = note;
    return c;
}

// The anchor of a target's section and the prefix of the anchors inside it.
QString anchorOf(int index)
{
    return QStringLiteral("target-%1").arg(index + 1);
}

QString subtitle(const FleetReport &r)
{
    return QCoreApplication::translate("gma::FleetReports",
                                       "%Ln target(s) from %1 · generated %2 by GMA Migrator %3", nullptr,
                                       int(r.results.size()))
        .arg(r.targetsFile.isEmpty() ? QCoreApplication::translate("gma::FleetReports", "the targets file")
                                     : r.targetsFile,
             format::utcTime(r.generatedAt), r.toolVersion);
}

} // namespace

QString countLine(const QList<FleetResult> &results)
{
    QMap<FleetResult::Outcome, int> counts; // in the outcomes' order
    for (const FleetResult &r : results)
        ++counts[r.outcome];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(format::count(it.value(), QLocale()),
                                             FleetResult::outcomeText(it.key()));
    const QString counted = parts.isEmpty() ? QCoreApplication::translate("gma::FleetReports", "none")
                                            : parts.join(QStringLiteral(", "));
    return results.size() == 1
               ? QCoreApplication::translate("gma::FleetReports", "1 target: %1.").arg(counted)
               : QCoreApplication::translate("gma::FleetReports", "%1 targets: %2.")
                     .arg(format::count(results.size(), QLocale()), counted);
}

QString verdict(const FleetReport &r)
{
    const QStringList failing = r.failing();
    if (r.results.isEmpty())
        return QCoreApplication::translate("gma::FleetReports", "The targets file names no database.");
    if (failing.isEmpty())
        return QCoreApplication::translate("gma::FleetReports", "All %Ln target(s) passed validation.",
                                           nullptr, int(r.results.size()));
    return QCoreApplication::translate("gma::FleetReports", "%1 of %2 targets did not pass: %3.")
        .arg(format::count(failing.size(), QLocale()), format::count(r.results.size(), QLocale()),
             failing.join(QStringLiteral(", ")));
}

ReportTable summary(const FleetReport &report)
{
    ReportTable t;
    t.title = QCoreApplication::translate("gma::FleetReports", "Targets");
    t.empty = QCoreApplication::translate("gma::FleetReports", "The targets file names no database.");
    t.columns = {{QStringLiteral("#"), 5},
                 {QCoreApplication::translate("gma::FleetReports", "Target"), 27},
                 {QCoreApplication::translate("gma::FleetReports", "State"), 10},
                 {QCoreApplication::translate("gma::FleetReports", "Checks"), 22},
                 {QCoreApplication::translate("gma::FleetReports", "Outcome"), 13},
                 {QCoreApplication::translate("gma::FleetReports", "Error"), 23}};
    int n = 0;
    for (const FleetResult &r : report.results) {
        ReportCell number = cell(QString::number(++n));
        number.number = true;
        ReportCell outcome = cell(FleetResult::outcomeText(r.outcome));
        outcome.strong = true;
        outcome.tone = r.ok() ? ReportCell::Tone::Normal : ReportCell::Tone::Bad;
        const bool read = !r.stateBefore.apps.isEmpty();
        ReportCell state = read ? cell(r.stateBefore.summary()) : cell(QStringLiteral("-"));
        if (!read)
            state.tone = ReportCell::Tone::Muted;
        t.rows << QList<ReportCell>{number,
                                    cell(r.label, r.database),
                                    state,
                                    cell(r.report ? ReportWriter::summaryLine(r.report->validation) : r.detail),
                                    outcome,
                                    cell(r.error)};
    }
    return t;
}

QByteArray html(const FleetReport &r)
{
    const auto e = [](const QString &t) { return ReportWriter::escapeHtml(t); };
    QString h = QStringLiteral("<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n").arg(e(r.title), e(subtitle(r)));
    h += ReportWriter::banner(r.ok(), verdict(r));
    h += QStringLiteral("<p>%1</p>\n").arg(e(countLine(r.results)));
    ReportTable table = summary(r);
    for (int i = 0; i < table.rows.size(); ++i)
        table.rows[i][1].link = QLatin1Char('#') + anchorOf(i); // each label leads to its target's section
    h += ReportWriter::htmlTable(table, 2);
    for (int i = 0; i < r.results.size(); ++i) {
        const FleetResult &t = r.results.at(i);
        h += QStringLiteral("<h2 id=\"%1\">%2</h2>\n")
                 .arg(anchorOf(i), QCoreApplication::translate("gma::FleetReports", "Target %1 · %2")
                                       .arg(e(t.label), e(t.database)));
        if (t.report)
            h += ReportWriter::htmlSections(*t.report, 3, anchorOf(i) + QLatin1Char('-'));
        else
            h += ReportWriter::banner(
                false,
                QCoreApplication::translate("gma::FleetReports", "Not validated (%1): %2")
                    .arg(FleetResult::outcomeText(t.outcome),
                         t.error.isEmpty() ? QCoreApplication::translate("gma::FleetReports", "no report.")
                                           : t.error));
    }
    h += QStringLiteral("<footer>GMA Migrator %1 · %2</footer>\n").arg(e(r.toolVersion), e(countLine(r.results)));
    return ReportWriter::htmlDocument(r.title, h);
}

QByteArray csv(const FleetReport &r)
{
    QString out = QStringLiteral("target,database,outcome,error,") + ReportWriter::csvCheckHeader() +
                  QStringLiteral("\r\n");
    for (const FleetResult &t : r.results) {
        const QStringList head{t.label, t.database, FleetResult::outcomeName(t.outcome), t.error};
        if (!t.report || t.report->validation.checks.isEmpty()) {
            QStringList fields = head;
            for (int i = 0; i < ReportWriter::csvCheckFields(CheckResult()).size(); ++i)
                fields << QString();
            out += ReportWriter::csvLine(fields);
            continue;
        }
        for (const CheckResult &c : t.report->validation.checks)
            out += ReportWriter::csvLine(head + ReportWriter::csvCheckFields(c));
    }
    return out.toUtf8();
}

QVariantMap toVariant(const FleetReport &r)
{
    QVariantList targets;
    QVariantMap outcomes;
    for (const FleetResult &t : r.results) {
        QVariantMap m = t.toVariant();
        m.insert(QStringLiteral("validation"), t.report ? QVariant(ReportWriter::toVariant(*t.report)) : QVariant());
        targets << m;
        const QString name = FleetResult::outcomeName(t.outcome);
        outcomes.insert(name, outcomes.value(name).toInt() + 1);
    }
    return QVariantMap{
        {QStringLiteral("report"), QVariantMap{{QStringLiteral("title"), r.title},
                                               {QStringLiteral("generated_at"), format::isoUtc(r.generatedAt)},
                                               {QStringLiteral("tool_version"), r.toolVersion},
                                               {QStringLiteral("targets_file"), r.targetsFile}}},
        {QStringLiteral("summary"), QVariantMap{{QStringLiteral("ok"), r.ok()},
                                                {QStringLiteral("targets"), r.results.size()},
                                                {QStringLiteral("outcomes"), outcomes},
                                                {QStringLiteral("failing"), r.failing()},
                                                {QStringLiteral("verdict"), verdict(r)}}},
        {QStringLiteral("targets"), targets}};
}

QByteArray json(const FleetReport &r)
{
    return QJsonDocument::fromVariant(toVariant(r)).toJson(QJsonDocument::Indented);
}

bool write(const FleetReport &report, const QString &path, QString *error)
{
    switch (ReportWriter::formatForPath(path)) {
    case ReportFormat::Html:
        return ReportWriter::writeFile(path, html(report), error);
    case ReportFormat::Csv:
        return ReportWriter::writeFile(path, csv(report), error);
    case ReportFormat::Json:
        return ReportWriter::writeFile(path, json(report), error);
    case ReportFormat::Pdf:
    case ReportFormat::Unknown:
        break;
    }
    if (error)
        *error = QCoreApplication::translate("gma::FleetReports",
                                             "Cannot write %1: name the report .html, .csv or .json (or .pdf "
                                             "with the PDF renderer).")
                     .arg(path);
    return false;
}

} // namespace FleetReports

} // namespace gma
