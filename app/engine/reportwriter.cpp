#include "reportwriter.h"

#include "format.h"
#include "strategy.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace gma::ReportWriter {

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

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
    .banner, tr.pass td.status, tr.fail td.status, tr.skipped td.status, tr.fail td, th {
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
    switch (format) {
    case ReportFormat::Html:
        return QStringLiteral("HTML");
    case ReportFormat::Csv:
        return QStringLiteral("CSV");
    case ReportFormat::Json:
        return QStringLiteral("JSON");
    case ReportFormat::Pdf:
        return QStringLiteral("PDF");
    case ReportFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QString summaryLine(const ValidationResult &v)
{
    return QStringLiteral("%1 passed, %2 failed, %3 skipped")
        .arg(v.count(CheckResult::Status::Pass))
        .arg(v.count(CheckResult::Status::Fail))
        .arg(v.count(CheckResult::Status::Skipped));
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
    QVariantList audit;
    for (const ModelAudit &m : d.audit) {
        QVariantMap fields;
        for (const AuditFieldStat &f : m.fields) {
            fields.insert(f.column,
                          f.present ? QVariant(QVariantMap{{QStringLiteral("nulls"), f.nulls},
                                                           {QStringLiteral("null_share"), m.nullShare(f)}})
                                    : QVariant());
        }
        audit << QVariantMap{{QStringLiteral("model"), m.model},
                             {QStringLiteral("table"), m.table},
                             {QStringLiteral("table_exists"), m.tableExists},
                             {QStringLiteral("rows"), m.rows},
                             {QStringLiteral("fields"), fields}};
    }
    QVariantList history;
    for (const HistoryEntry &e : d.history) {
        history << QVariantMap{{QStringLiteral("id"), e.id},
                               {QStringLiteral("migration"), e.key.label()},
                               {QStringLiteral("direction"), e.direction},
                               {QStringLiteral("started_at"), iso(e.startedAt)},
                               {QStringLiteral("duration_ms"), e.durationMs},
                               {QStringLiteral("outcome"), e.outcome},
                               {QStringLiteral("db_user"), e.dbUser},
                               {QStringLiteral("rows"), e.rowsAffected},
                               {QStringLiteral("tool_version"), e.toolVersion},
                               {QStringLiteral("checksum"), e.checksum},
                               {QStringLiteral("message"), e.message}};
    }
    QVariantList backups;
    for (const BackupRecord &b : d.backups) {
        backups << QVariantMap{{QStringLiteral("id"), b.id},
                               {QStringLiteral("path"), b.path},
                               {QStringLiteral("format"), b.format},
                               {QStringLiteral("size_bytes"), b.sizeBytes},
                               {QStringLiteral("sha256"), b.sha256},
                               {QStringLiteral("taken_at"), iso(b.takenAt)},
                               {QStringLiteral("db_user"), b.dbUser},
                               {QStringLiteral("server_version"), b.serverVersion},
                               {QStringLiteral("migration_state"), b.migrationState},
                               {QStringLiteral("row_counts"), b.rowCounts},
                               {QStringLiteral("verified"), b.verified},
                               {QStringLiteral("note"), b.note}};
    }
    QVariantMap apps;
    for (const AppStateRow &a : d.apps) {
        apps.insert(a.app, QVariantMap{{QStringLiteral("latest"),
                                        a.latest.isEmpty() ? QVariant() : QVariant(a.latest)},
                                       {QStringLiteral("applied_at"),
                                        a.appliedAt.isValid() ? QVariant(iso(a.appliedAt)) : QVariant()}});
    }
    const ValidationResult &v = d.validation;
    return QVariantMap{
        {QStringLiteral("report"), QVariantMap{{QStringLiteral("title"), d.title},
                                               {QStringLiteral("generated_at"), iso(d.generatedAt)},
                                               {QStringLiteral("tool_version"), d.toolVersion},
                                               {QStringLiteral("connection"), d.connection},
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
        {QStringLiteral("warnings"), d.warnings}};
}

QByteArray json(const ReportData &data)
{
    return QJsonDocument::fromVariant(toVariant(data)).toJson(QJsonDocument::Indented);
}

QByteArray csv(const ReportData &data)
{
    QString out = QStringLiteral("id,category,name,status,expected,actual,reason,duration_ms,sql\r\n");
    for (const CheckResult &c : data.validation.checks) {
        const QStringList fields{c.id,       c.category, c.name,   c.statusText(),
                                 c.expected, c.actual,   c.reason, QString::number(c.ms),
                                 c.sql};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

namespace {

QString htmlDatabase(const ReportData &d)
{
    QString h;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral("<h2>Database</h2>\n<table class=\"facts\">\n");
    const QList<QPair<QString, QString>> facts{
        {QStringLiteral("Database"), d.database},
        {QStringLiteral("Connection"), d.connection},
        {QStringLiteral("Server version"), QStringLiteral("PostgreSQL ") + d.serverVersion},
        {QStringLiteral("User"), d.user},
        {QStringLiteral("Generated"), format::utcTime(d.generatedAt)},
        {QStringLiteral("Tool version"), QStringLiteral("GMA Migrator ") + d.toolVersion},
        {QStringLiteral("Migration state"), d.migrationState}};
    for (const auto &[k, val] : facts)
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(e(k), e(val));
    h += QStringLiteral("</table>\n");
    if (!d.apps.isEmpty()) {
        h += QStringLiteral("<table>\n<thead><tr><th>App</th><th>Latest recorded "
                            "migration</th><th>Applied</th></tr></thead>\n<tbody>\n");
        for (const AppStateRow &a : d.apps) {
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(e(a.app),
                          a.latest.isEmpty() ? QStringLiteral("<span class=\"muted\">none</span>")
                                             : e(a.latest),
                          a.appliedAt.isValid() ? e(format::utcTime(a.appliedAt)) : QString());
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    return h;
}

QString htmlChecks(const ReportData &d)
{
    const ValidationResult &v = d.validation;
    QString h;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral(
        "<h2>Checks</h2>\n<table class=\"checks\">\n<thead><tr><th>#</th><th>Check</th><th>Status</th>"
        "<th>Expected</th><th>Actual</th></tr></thead>\n<tbody>\n");
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
            h += QStringLiteral("<div class=\"reason\"><a href=\"#sql-%1\">SQL ↓</a></div>").arg(n);
        h += QStringLiteral("</td><td class=\"status\">%1</td><td>%2</td><td class=\"actual\">%3</td></tr>\n")
                 .arg(e(c.statusText()), e(c.expected), e(c.actual));
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    return h;
}

QString htmlAudit(const ReportData &d)
{
    QString h;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral(
        "<h2>Audit-field population</h2>\n<table>\n<thead><tr><th>Model</th><th>Table</th><th>Rows</th>");
    for (const QString &c : strategy::auditColumns())
        h += QStringLiteral("<th>%1 NULL</th>").arg(e(c));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ModelAudit &m : d.audit) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td>")
                 .arg(e(m.model), e(m.table),
                      m.tableExists ? QString::number(m.rows) : QStringLiteral("(no table)"));
        for (const AuditFieldStat &f : m.fields) {
            h += f.present ? QStringLiteral("<td class=\"num\">%1 (%2%)</td>")
                                 .arg(f.nulls)
                                 .arg(100.0 * m.nullShare(f), 0, 'f', 1)
                           : QStringLiteral("<td class=\"muted\">no column</td>");
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    return h;
}

QString htmlHistory(const ReportData &d)
{
    QString h;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral("<h2>Run history</h2>\n");
    if (d.history.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">No runs recorded by the tool.</p>\n");
    } else {
        h += QStringLiteral(
            "<table>\n<thead><tr><th>Started</th><th>User</th><th>Direction</th><th>Migration</th>"
            "<th>Duration</th><th>Rows</th><th>Outcome</th></tr></thead>\n<tbody>\n");
        for (const HistoryEntry &r : d.history) {
            h +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"num\">%5</td>"
                               "<td class=\"num\">%6</td><td>%7</td></tr>\n")
                    .arg(e(format::utcTime(r.startedAt)), e(r.dbUser), e(r.direction), e(r.key.label()),
                         e(format::duration(r.durationMs)), QString::number(r.rowsAffected),
                         e(r.outcome + (r.message.isEmpty() ? QString() : QStringLiteral(": ") + r.message)));
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    return h;
}

QString htmlBackups(const ReportData &d)
{
    QString h;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral("<h2>Backups</h2>\n");
    if (d.backups.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">No backup in the catalogue.</p>\n");
    } else {
        h += QStringLiteral(
            "<table>\n<thead><tr><th>#</th><th>Taken</th><th>File</th><th>Format</th><th>Size</th>"
            "<th>Verified</th><th>Row counts</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (const BackupRecord &b : d.backups) {
            QStringList counts;
            for (auto it = b.rowCounts.begin(); it != b.rowCounts.end(); ++it)
                counts << QStringLiteral("%1&nbsp;%2").arg(e(it.key())).arg(it.value().toLongLong());
            h += QStringLiteral(
                     "<tr><td class=\"num\">%1</td><td>%2<br><span class=\"muted\">%3</span></td><td>%4</td>"
                     "<td>%5</td><td class=\"num\">%6</td><td>%7</td><td>%8</td><td "
                     "class=\"id\">%9</td></tr>\n")
                     .arg(b.id)
                     .arg(e(format::utcTime(b.takenAt)), e(b.dbUser), e(b.path), e(b.format),
                          e(format::bytes(b.sizeBytes)),
                          b.verified ? QStringLiteral("yes") : QStringLiteral("no"),
                          counts.join(QStringLiteral("<br>")), e(b.sha256.left(16)));
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    return h;
}

QString htmlQueries(const ReportData &d)
{
    const ValidationResult &v = d.validation;
    QString h;
    const auto e = [](const QString &t) { return escapeHtml(t); };
    h += QStringLiteral("<h2>Queries</h2>\n<p class=\"muted\">The exact SQL each check ran.</p>\n");
    int n = 0;
    for (const CheckResult &c : v.checks) {
        ++n;
        if (c.sql.isEmpty())
            continue;
        h += QStringLiteral("<div id=\"sql-%1\"><b>%1. %2</b> <span class=\"id\">%3</span><pre "
                            "class=\"sql\">%4</pre></div>\n")
                 .arg(n)
                 .arg(e(c.name), e(c.id), e(c.sql));
    }
    return h;
}

} // namespace

QByteArray html(const ReportData &d)
{
    const ValidationResult &v = d.validation;
    QString h;
    auto e = [](const QString &t) {
        return escapeHtml(t);
    };
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%1 "
                        "— %2</title>\n"
                        "<style>%3</style>\n</head>\n<body>\n")
             .arg(e(d.title), e(d.database), QString::fromLatin1(kCss));
    h += QStringLiteral(
             "<h1>%1</h1>\n<p class=\"subtitle\">Database <b>%2</b> · generated %3 by GMA Migrator %4</p>\n")
             .arg(e(d.title), e(d.database), e(format::utcTime(d.generatedAt)), e(d.toolVersion));
    const bool ok = v.ok();
    QString bannerText = ok ? QStringLiteral("All checks passed (%1).").arg(summaryLine(v))
                            : QStringLiteral("Validation failed: %1.").arg(summaryLine(v));
    if (!v.error.isEmpty())
        bannerText = QStringLiteral("Validation could not run: %1").arg(v.error);
    h += QStringLiteral("<div class=\"banner %1\">%2</div>\n")
             .arg(ok ? QStringLiteral("ok") : QStringLiteral("bad"), e(bannerText));

    h += htmlDatabase(d);
    h += htmlChecks(d);
    h += htmlAudit(d);
    h += htmlHistory(d);
    h += htmlBackups(d);
    h += htmlQueries(d);
    for (const QString &w : d.warnings)
        h += QStringLiteral("<p class=\"reason\">Note: %1</p>\n").arg(e(w));
    h += QStringLiteral("<footer>GMA Migrator %1 · %2 · validation took %3</footer>\n</body>\n</html>\n")
             .arg(e(d.toolVersion), e(d.connection), e(format::duration(v.ms)));
    return h.toUtf8();
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
            *error =
                QStringLiteral("Cannot write %1: name the report .html, .csv or .json (or .pdf with the PDF "
                               "renderer).")
                    .arg(path);
        return false;
    }
    QSaveFile file(path);
    // Owner-only: a report names the database, its users and its rows.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("Cannot write the report %1: %2; choose a writable location.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace gma::ReportWriter
