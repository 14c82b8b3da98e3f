#include "reporttables.h"

#include "format.h"
#include "strategy.h"

namespace gma::ReportTables {

namespace {

ReportCell cell(const QString &text, const QString &note = QString())
{
    ReportCell c;
    c.text = text;
    c.note = note;
    return c;
}

ReportCell number(qint64 value)
{
    ReportCell c = cell(QString::number(value));
    c.number = true;
    return c;
}

ReportCell muted(const QString &text)
{
    ReportCell c = cell(text);
    c.tone = ReportCell::Tone::Muted;
    return c;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

QList<QPair<QString, QString>> facts(const ReportData &d)
{
    return {{QStringLiteral("Database"), d.database},
            {QStringLiteral("Connection"), d.connection},
            {QStringLiteral("Encryption"), d.encryption},
            {QStringLiteral("Server version"), QStringLiteral("PostgreSQL ") + d.serverVersion},
            {QStringLiteral("User"), d.user},
            {QStringLiteral("Generated"), format::utcTime(d.generatedAt) +
                                              (d.generatedBy.isEmpty() ? QString() : QStringLiteral(" by ") + d.generatedBy)},
            {QStringLiteral("Tool version"), QStringLiteral("GMA Migrator ") + d.toolVersion},
            {QStringLiteral("Migration state"), d.migrationState}};
}

ReportTable apps(const ReportData &d)
{
    ReportTable t;
    t.columns = {{QStringLiteral("App"), 25}, {QStringLiteral("Latest recorded migration"), 45},
                 {QStringLiteral("Applied"), 30}};
    for (const AppStateRow &a : d.apps) {
        t.rows << QList<ReportCell>{cell(a.app),
                                    a.latest.isEmpty() ? muted(QStringLiteral("none")) : cell(a.latest),
                                    cell(a.appliedAt.isValid() ? format::utcTime(a.appliedAt) : QString())};
    }
    return t;
}

ReportTable audit(const ReportData &d)
{
    ReportTable t;
    t.title = QStringLiteral("Audit-field population per model");
    t.columns = {{QStringLiteral("Model"), 24}, {QStringLiteral("Rows"), 10}};
    for (const QString &c : strategy::auditColumns())
        t.columns << ReportColumn{c + QStringLiteral(" NULL"), 16};
    for (const ModelAudit &m : d.audit) {
        QList<ReportCell> row{cell(m.model, m.table),
                              m.tableExists ? number(m.rows) : muted(QStringLiteral("no table"))};
        for (const AuditFieldStat &f : m.fields) {
            if (!f.present) {
                row << muted(QStringLiteral("no column"));
                continue;
            }
            ReportCell c = cell(QStringLiteral("%1 (%2%)").arg(f.nulls).arg(100.0 * m.nullShare(f), 0, 'f', 1));
            c.number = true;
            if (f.nulls > 0)
                c.tone = ReportCell::Tone::Warn;
            row << c;
        }
        t.rows << row;
    }
    return t;
}

ReportTable history(const ReportData &d)
{
    ReportTable t;
    t.title = QStringLiteral("Run history");
    t.intro = QStringLiteral("Newest first; times in UTC.");
    t.empty = QStringLiteral("No runs recorded by the tool.");
    t.columns = {{QStringLiteral("Started"), 15},  {QStringLiteral("User"), 10},
                 {QStringLiteral("Direction"), 11}, {QStringLiteral("Migration"), 37},
                 {QStringLiteral("Duration"), 10},  {QStringLiteral("Rows"), 7},
                 {QStringLiteral("Outcome"), 10}};
    for (const HistoryEntry &r : d.history) {
        ReportCell migration = cell(r.key.app, r.key.name);
        migration.strong = true;
        ReportCell duration = cell(format::duration(r.durationMs));
        duration.number = true;
        ReportCell outcome =
            cell(r.outcome + (r.message.isEmpty() ? QString() : QStringLiteral(": ") + r.message));
        if (r.outcome != QLatin1String("success") && r.outcome != QLatin1String("faked"))
            outcome.tone = ReportCell::Tone::Bad;
        t.rows << QList<ReportCell>{cell(format::utcTime(r.startedAt)), cell(r.dbUser, r.osUserAtHost()),
                                    cell(r.direction),
                                    migration, duration, number(r.rowsAffected), outcome};
    }
    return t;
}

ReportTable deployment(const ReportData &d)
{
    const DeploymentRecord &r = d.deployment;
    ReportTable t;
    t.title = QStringLiteral("Deployment");
    t.intro = QStringLiteral("%1 Profile %2; times in UTC.").arg(r.outcome, r.profilePath);
    t.empty = QStringLiteral("No deployment stage ran.");
    t.columns = {{QStringLiteral("Stage"), 14}, {QStringLiteral("Started"), 16}, {QStringLiteral("Took"), 10},
                 {QStringLiteral("Outcome"), 10}, {QStringLiteral("What happened"), 50}};
    for (const DeployStage &s : r.stages) {
        ReportCell name = cell(s.name);
        name.strong = true;
        ReportCell took = cell(format::duration(s.ms));
        took.number = true;
        ReportCell outcome = cell(s.outcomeText());
        outcome.tone = s.outcome == DeployStage::Outcome::Failed    ? ReportCell::Tone::Bad
                       : s.outcome == DeployStage::Outcome::Warning ? ReportCell::Tone::Warn
                       : s.outcome == DeployStage::Outcome::Skipped ? ReportCell::Tone::Muted
                                                                    : ReportCell::Tone::Normal;
        t.rows << QList<ReportCell>{name, cell(s.started.isValid() ? format::utcTime(s.started) : QString()), took,
                                    outcome, cell(s.detail)};
        for (const HookResult &h : s.hooks) {
            // The command's output, its end when long (the JSON report keeps all of it).
            const QString output = h.output.trimmed();
            ReportCell command = cell(QStringLiteral("$ %1").arg(h.hook.command),
                                      output.size() > 2000 ? QStringLiteral("...") + output.right(2000) : output);
            if (!h.ok)
                command.tone = ReportCell::Tone::Bad;
            ReportCell hookTook = cell(format::duration(h.ms));
            hookTook.number = true;
            t.rows << QList<ReportCell>{cell(QString()), cell(QString()), hookTook,
                                        cell(h.ok ? QStringLiteral("exit 0") : h.timedOut ? QStringLiteral("timed out")
                                                                                          : QStringLiteral("exit %1").arg(h.exitCode)),
                                        command};
        }
    }
    return t;
}

ReportTable backups(const ReportData &d)
{
    ReportTable t;
    t.title = QStringLiteral("Backups");
    t.empty = QStringLiteral("No backup in the catalogue.");
    t.columns = {{QStringLiteral("#"), 5},          {QStringLiteral("Taken"), 20},
                 {QStringLiteral("File"), 33},       {QStringLiteral("Size"), 10},
                 {QStringLiteral("Verified"), 9},    {QStringLiteral("Row counts"), 23}};
    for (const BackupRecord &b : d.backups) {
        QStringList counts;
        for (auto it = b.rowCounts.begin(); it != b.rowCounts.end(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toLongLong());
        ReportCell size = cell(format::bytes(b.sizeBytes));
        size.number = true;
        ReportCell verified = cell(yesNo(b.verified));
        if (!b.verified)
            verified.tone = ReportCell::Tone::Warn;
        t.rows << QList<ReportCell>{
            number(b.id), cell(format::utcTime(b.takenAt), b.dbUser),
            cell(b.path, QStringLiteral("%1 · sha256 %2").arg(b.format, b.sha256.left(16))), size, verified,
            cell(counts.join(QLatin1Char('\n')))};
    }
    return t;
}

} // namespace gma::ReportTables
