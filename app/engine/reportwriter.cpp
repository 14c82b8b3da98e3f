#include "reportwriter.h"

#include "format.h"
#include "reporttables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace gma::ReportWriter {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString csvCheckHeader()
{
    return QStringLiteral("id,category,name,status,expected,actual,reason,duration_ms,sql");
}

QStringList csvCheckFields(const CheckResult &c)
{
    return {c.id, c.category, c.name, c.statusText(), c.expected, c.actual, c.reason, QString::number(c.ms), c.sql};
}

namespace {

const char *const kCss = R"(
  * { box-sizing: border-box; }
  body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2933; margin: 2em auto;
         max-width: 1100px; padding: 0 1.5em; font-size: 14px; line-height: 1.4; }
  h1 { font-size: 1.7em; margin: 0 0 .2em; }
  h2 { font-size: 1.25em; margin: 1.8em 0 .6em; border-bottom: 2px solid #d0d7de; padding-bottom: .2em; }
  .subtitle { color: #52606d; margin: 0 0 1em; }
  .banner { padding: .8em 1em; border-radius: 6px; font-weight: bold; font-size: 1.15em; margin: 1em 0; }
  .banner.ok { background: #e3f6e8; border: 1px solid #2f9e44; color: #1b5e20; }
  .banner.bad { background: #fde8e8; border: 1px solid #c92a2a; color: #8b1a1a; }
  table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
  th, td { border: 1px solid #c5ccd3; padding: .35em .55em; vertical-align: top; text-align: left; }
  th { background: #eef1f4; font-weight: 600; }
  table.facts { width: auto; }
  table.facts th { width: 12em; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .status { font-weight: bold; text-transform: uppercase; text-align: center; white-space: nowrap; }
  tr.pass td.status { background: #d3f9d8; color: #1b5e20; }
  tr.fail td.status { background: #ffc9c9; color: #8b1a1a; }
  tr.skipped td.status { background: #e9ecef; color: #495057; }
  tr.fail td { background: #fff5f5; }
  tr.fail td.actual { color: #8b1a1a; font-weight: bold; }
  td.warn { background: #fff3bf; }
  td.bad { background: #ffc9c9; }
  .reason { color: #52606d; font-size: .92em; margin-top: .25em; }
  pre.sql { background: #f6f8fa; border: 1px solid #e1e4e8; padding: .4em .6em; margin: .35em 0 0; font-size: .85em;
            white-space: pre-wrap; word-break: break-word; font-family: "DejaVu Sans Mono", Consolas, monospace; }
  a { color: #1c5fb4; text-decoration: none; }
  pre.sql + * { margin-top: .8em; }
  .id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; color: #52606d; }
  .muted { color: #7b8794; }
  footer { margin-top: 2.5em; color: #7b8794; font-size: .85em; border-top: 1px solid #d0d7de; padding-top: .5em; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    h2 { page-break-after: avoid; }
    tr { page-break-inside: avoid; }
    thead { display: table-header-group; }
    .banner, tr.pass td.status, tr.fail td.status, tr.skipped td.status, tr.fail td, th, td.warn, td.bad {
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
)";

} // namespace

ReportFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    return ReportFormat::Unknown;
}

QString formatName(ReportFormat format)
{
    static const char *const names[] = {"HTML", "CSV", "JSON", "PDF", "unknown"};
    return format::enumName(format, names);
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString summaryLine(const ValidationResult &v)
{
    const QLocale locale;
    return QCoreApplication::translate("gma::ReportWriter", "%1 passed, %2 failed, %3 skipped")
        .arg(format::count(v.count(CheckResult::Status::Pass), locale),
             format::count(v.count(CheckResult::Status::Fail), locale),
             format::count(v.count(CheckResult::Status::Skipped), locale));
}

QVariantMap toVariant(const ReportData &d)
{
    QVariantList checks;
    for (const CheckResult &c : d.validation.checks) {
        checks << QVariantMap{{QStringLiteral("id"), c.id},
                              {QStringLiteral("category"), c.category},
                              {QStringLiteral("name"), c.name},
                              {QStringLiteral("status"), c.statusText()},
                              {QStringLiteral("expected"), c.expected},
                              {QStringLiteral("actual"), c.actual},
                              {QStringLiteral("reason"), c.reason},
                              {QStringLiteral("duration_ms"), c.ms},
                              {QStringLiteral("sql"), c.sql}};
    }
    QVariantList audit, history, backups;
    for (const ModelAudit &m : d.audit)
        audit << Audit::toVariant(m);
    for (const HistoryEntry &e : d.history)
        history << ToolSchema::toVariant(e);
    for (const BackupRecord &b : d.backups)
        backups << BackupCatalogue::toVariant(b);
    QVariantMap apps;
    for (const AppStateRow &a : d.apps) {
        apps.insert(a.app, QVariantMap{{QStringLiteral("latest"),
                                        a.latest.isEmpty() ? QVariant() : QVariant(a.latest)},
                                       {QStringLiteral("applied_at"),
                                        a.appliedAt.isValid() ? QVariant(format::isoUtc(a.appliedAt)) : QVariant()}});
    }
    const ValidationResult &v = d.validation;
    return QVariantMap{
        {QStringLiteral("report"), QVariantMap{{QStringLiteral("title"), d.title},
                                               {QStringLiteral("generated_at"), format::isoUtc(d.generatedAt)},
                                               {QStringLiteral("tool_version"), d.toolVersion},
                                               {QStringLiteral("generated_by"), d.generatedBy},
                                               {QStringLiteral("connection"), d.connection},
                                               {QStringLiteral("encryption"), d.encryption},
                                               {QStringLiteral("database"), d.database},
                                               {QStringLiteral("server_version"), d.serverVersion},
                                               {QStringLiteral("user"), d.user},
                                               {QStringLiteral("migration_state"), d.migrationState},
                                               {QStringLiteral("apps"), apps}}},
        {QStringLiteral("summary"),
         QVariantMap{{QStringLiteral("ok"), v.ok()},
                     {QStringLiteral("passed"), v.count(CheckResult::Status::Pass)},
                     {QStringLiteral("failed"), v.count(CheckResult::Status::Fail)},
                     {QStringLiteral("skipped"), v.count(CheckResult::Status::Skipped)},
                     {QStringLiteral("duration_ms"), v.ms},
                     {QStringLiteral("error"), v.error.isEmpty() ? QVariant() : QVariant(v.error)}}},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("audit"), audit},
        {QStringLiteral("history"), history},
        {QStringLiteral("backups"), backups},
        {QStringLiteral("warnings"), d.warnings},
        {QStringLiteral("deployment"), d.deployment.stages.isEmpty() ? QVariant() : QVariant(d.deployment.toVariant())}};
}

QByteArray json(const ReportData &data)
{
    return QJsonDocument::fromVariant(toVariant(data)).toJson(QJsonDocument::Indented);
}

QByteArray csv(const ReportData &data)
{
    QString out = csvCheckHeader() + QStringLiteral("\r\n");
    for (const CheckResult &c : data.validation.checks)
        out += csvLine(csvCheckFields(c));
    // After the checks, one row of status "info": whether the tool's connection was encrypted.
    if (!data.encryption.isEmpty())
        out += csvLine({QStringLiteral("connection.encryption"), QStringLiteral("Connection"),
                        QStringLiteral("Connection encryption (pg_stat_ssl)"), QStringLiteral("info"), QString(),
                        data.encryption, QString(), QStringLiteral("0"), QString()});
    return out.toUtf8();
}

namespace {

QString htmlCell(const ReportCell &c)
{
    QStringList classes;
    if (c.number)
        classes << QStringLiteral("num");
    switch (c.tone) {
    case ReportCell::Tone::Normal:
        break;
    case ReportCell::Tone::Muted:
        classes << QStringLiteral("muted");
        break;
    case ReportCell::Tone::Warn:
        classes << QStringLiteral("warn");
        break;
    case ReportCell::Tone::Bad:
        classes << QStringLiteral("bad");
        break;
    }
    QString text = escapeHtml(c.text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (c.strong)
        text = QStringLiteral("<b>%1</b>").arg(text);
    if (!c.link.isEmpty())
        text = QStringLiteral("<a href=\"%1\">%2</a>").arg(escapeHtml(c.link), text);
    if (!c.note.isEmpty())
        text += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(escapeHtml(c.note));
    return classes.isEmpty() ? QStringLiteral("<td>%1</td>").arg(text)
                             : QStringLiteral("<td class=\"%1\">%2</td>").arg(classes.join(QLatin1Char(' ')), text);
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escapeHtml(text));
}

} // namespace

QString htmlTable(const ReportTable &t, int level)
{
    QString h;
    if (!t.title.isEmpty())
        h += heading(level, t.title);
    if (t.rows.isEmpty() && !t.empty.isEmpty())
        return h + QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escapeHtml(t.empty));
    if (t.rows.isEmpty())
        return h;
    if (!t.intro.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escapeHtml(t.intro));
    h += QStringLiteral("<table>\n<thead><tr>");
    for (const ReportColumn &c : t.columns)
        h += QStringLiteral("<th>%1</th>").arg(escapeHtml(c.title));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QList<ReportCell> &row : t.rows) {
        h += QStringLiteral("<tr>");
        for (const ReportCell &c : row)
            h += htmlCell(c);
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody>\n</table>\n");
}

namespace {

QString htmlDatabase(const ReportData &d, int level)
{
    QString h = heading(level, QCoreApplication::translate("gma::ReportWriter", "Database")) +
                QStringLiteral("<table class=\"facts\">\n");
    for (const auto &[k, val] : ReportTables::facts(d))
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(escapeHtml(k), escapeHtml(val));
    return h + QStringLiteral("</table>\n") + htmlTable(ReportTables::apps(d), level);
}

QString htmlChecks(const ReportData &d, int level, const QString &anchor)
{
    const ValidationResult &v = d.validation;
    QString h = heading(level, QCoreApplication::translate("gma::ReportWriter", "Checks"));
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral("<table class=\"checks\">\n<thead><tr><th>#</th><th>%1</th><th>%2</th>"
                        "<th>%3</th><th>%4</th></tr></thead>\n<tbody>\n")
             .arg(e(QCoreApplication::translate("gma::ReportWriter", "Check")),
                  e(QCoreApplication::translate("gma::ReportWriter", "Status")),
                  e(QCoreApplication::translate("gma::ReportWriter", "Expected")),
                  e(QCoreApplication::translate("gma::ReportWriter", "Actual")));
    int n = 0;
    for (const CheckResult &c : v.checks) {
        h += QStringLiteral(
                 "<tr class=\"%1\"><td class=\"num\">%2</td><td><b>%3</b><br><span class=\"id\">%4</span>")
                 .arg(c.statusText())
                 .arg(++n)
                 .arg(e(c.name), e(c.id));
        if (!c.reason.isEmpty())
            h += QStringLiteral("<div class=\"reason\">%1</div>").arg(e(c.reason));
        if (!c.sql.isEmpty())
            h += QStringLiteral("<div class=\"reason\"><a href=\"#%1sql-%2\">SQL ↓</a></div>").arg(anchor).arg(n);
        h += QStringLiteral("</td><td class=\"status\">%1</td><td>%2</td><td class=\"actual\">%3</td></tr>\n")
                 .arg(e(c.statusText()), e(c.expected), e(c.actual));
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    return h;
}

QString htmlQueries(const ReportData &d, int level, const QString &anchor)
{
    const ValidationResult &v = d.validation;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    QString h =
        heading(level, QCoreApplication::translate("gma::ReportWriter", "Queries")) +
        QStringLiteral("<p class=\"muted\">%1</p>\n")
            .arg(e(QCoreApplication::translate("gma::ReportWriter", "The exact SQL each check ran.")));
    int n = 0;
    for (const CheckResult &c : v.checks) {
        ++n;
        if (c.sql.isEmpty())
            continue;
        h += QStringLiteral("<div id=\"%1sql-%2\"><b>%2. %3</b> <span class=\"id\">%4</span><pre "
                            "class=\"sql\">%5</pre></div>\n")
                 .arg(anchor)
                 .arg(n)
                 .arg(e(c.name), e(c.id), e(c.sql));
    }
    return h;
}

} // namespace

QString banner(bool ok, const QString &text)
{
    return QStringLiteral("<div class=\"banner %1\">%2</div>\n")
        .arg(ok ? QStringLiteral("ok") : QStringLiteral("bad"), escapeHtml(text));
}

QString htmlSections(const ReportData &d, int level, const QString &anchor)
{
    const ValidationResult &v = d.validation;
    QString bannerText =
        v.ok()
            ? QCoreApplication::translate("gma::ReportWriter", "All checks passed (%1).").arg(summaryLine(v))
            : QCoreApplication::translate("gma::ReportWriter", "Validation failed: %1.").arg(summaryLine(v));
    if (!v.error.isEmpty())
        bannerText =
            QCoreApplication::translate("gma::ReportWriter", "Validation could not run: %1").arg(v.error);
    QString h = banner(v.ok(), bannerText);
    if (!d.deployment.stages.isEmpty())
        h = banner(d.deployment.ok, d.deployment.outcome) + htmlTable(ReportTables::deployment(d), level) + h;
    h += htmlDatabase(d, level);
    h += htmlChecks(d, level, anchor);
    h += htmlTable(ReportTables::audit(d), level);
    h += htmlTable(ReportTables::history(d), level);
    h += htmlTable(ReportTables::backups(d), level);
    h += htmlQueries(d, level, anchor);
    for (const QString &w : d.warnings)
        h += QStringLiteral("<p class=\"reason\">%1</p>\n")
                 .arg(escapeHtml(QCoreApplication::translate("gma::ReportWriter", "Note: %1").arg(w)));
    return h;
}

QByteArray htmlDocument(const QString &title, const QString &body)
{
    const QLocale locale;
    const QString language = locale.language() == QLocale::C ? QStringLiteral("en") : locale.bcp47Name();
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(escapeHtml(title), QString::fromLatin1(kCss), body, language)
        .toUtf8();
}

QByteArray html(const ReportData &d)
{
    const auto e = [](const QString &t) { return escapeHtml(t); };
    QString h =
        QStringLiteral("<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n")
            .arg(e(d.title), QCoreApplication::translate(
                                 "gma::ReportWriter", "Database <b>%1</b> · generated %2 by GMA Migrator %3")
                                 .arg(e(d.database), e(format::utcTime(d.generatedAt)), e(d.toolVersion)));
    h += htmlSections(d, 2, QString());
    h +=
        QStringLiteral("<footer>%1</footer>\n")
            .arg(
                QCoreApplication::translate("gma::ReportWriter", "GMA Migrator %1 · %2 · validation took %3")
                    .arg(e(d.toolVersion), e(d.connection), e(format::duration(d.validation.ms, QLocale()))));
    return htmlDocument(QStringLiteral("%1 — %2").arg(d.title, d.database), h);
}

bool write(const ReportData &data, const QString &path, QString *error)
{
    QByteArray bytes;
    switch (formatForPath(path)) {
    case ReportFormat::Html:
        bytes = html(data);
        break;
    case ReportFormat::Csv:
        bytes = csv(data);
        break;
    case ReportFormat::Json:
        bytes = json(data);
        break;
    case ReportFormat::Pdf:
    case ReportFormat::Unknown:
        if (error)
            *error = QCoreApplication::translate(
                         "gma::ReportWriter",
                         "Cannot write %1: name the report .html, .csv or .json (or .pdf with the PDF "
                         "renderer).")
                         .arg(path);
        return false;
    }
    return writeFile(path, bytes, error);
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // Owner-only: a report names the database, its users and its rows.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate(
                         "gma::ReportWriter", "Cannot write the report %1: %2; choose a writable location.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gma::ReportWriter
