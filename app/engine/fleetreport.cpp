#include "fleetreport.h"

#include "format.h"
#include "reportwriter.h"

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
    return QStringLiteral("%1 target%2 from %3 · generated %4 by GMA Migrator %5")
        .arg(r.results.size())
        .arg(r.results.size() == 1 ? QString() : QStringLiteral("s"))
        .arg(r.targetsFile.isEmpty() ? QStringLiteral("the targets file") : r.targetsFile,
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
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(FleetResult::outcomeName(it.key()));
    return QStringLiteral("%1 %2: %3.")
        .arg(results.size())
        .arg(results.size() == 1 ? QStringLiteral("target") : QStringLiteral("targets"))
        .arg(parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", ")));
}

QString verdict(const FleetReport &r)
{
    const QStringList failing = r.failing();
    if (r.results.isEmpty())
        return QStringLiteral("The targets file names no database.");
    if (failing.isEmpty())
        return QStringLiteral("All %1 targets passed validation.").arg(r.results.size());
    return QStringLiteral("%1 of %2 targets did not pass: %3.")
        .arg(failing.size())
        .arg(r.results.size())
        .arg(failing.join(QStringLiteral(", ")));
}

ReportTable summary(const FleetReport &report)
{
    ReportTable t;
    t.title = QStringLiteral("Targets");
    t.empty = QStringLiteral("The targets file names no database.");
    t.columns = {{QStringLiteral("#"), 5},       {QStringLiteral("Target"), 27}, {QStringLiteral("State"), 10},
                 {QStringLiteral("Checks"), 22}, {QStringLiteral("Outcome"), 13}, {QStringLiteral("Error"), 23}};
    int n = 0;
    for (const FleetResult &r : report.results) {
        ReportCell number = cell(QString::number(++n));
        number.number = true;
        ReportCell outcome = cell(FleetResult::outcomeName(r.outcome));
        outcome.strong = true;
        outcome.tone = r.ok() ? ReportCell::Tone::Normal : ReportCell::Tone::Bad;
        ReportCell state = r.stateBefore.isEmpty() ? cell(QStringLiteral("-")) : cell(r.stateBefore);
        if (r.stateBefore.isEmpty())
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
        h += QStringLiteral("<h2 id=\"%1\">Target %2 · %3</h2>\n").arg(anchorOf(i), e(t.label), e(t.database));
        if (t.report)
            h += ReportWriter::htmlSections(*t.report, 3, anchorOf(i) + QLatin1Char('-'));
        else
            h += ReportWriter::banner(false, QStringLiteral("Not validated (%1): %2")
                                                 .arg(FleetResult::outcomeName(t.outcome),
                                                      t.error.isEmpty() ? QStringLiteral("no report.") : t.error));
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
        *error = QStringLiteral("Cannot write %1: name the report .html, .csv or .json (or .pdf with the PDF "
                                "renderer).")
                     .arg(path);
    return false;
}

} // namespace FleetReports

} // namespace gma
