#include "preflight.h"

#include "preflightchecks.h"

#include "format.h"
#include "locks.h"
#include "preview.h"
#include "previewsql.h"
#include "sqlutil.h"
#include "toolschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace gma {

namespace {

const QString kTableRef = QStringLiteral(R"((?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?)");

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
}

QString unquote(const QString &quoted)
{
    return previewsql::tableName(quoted);
}




bool tableExists(QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {sql::quoteIdent(table)})
        .toBool();
}



using namespace preflightcheck;

// The checks that read the plan's tables (and the catalogue), run under ReadGuard.
class Checker : public CheckBase
{
public:
    Checker(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
            const Plan &plan, const PreflightOptions &options, PreflightReport &report)
        : CheckBase(db, catalogue, plan, options, report), m_state(state)
    {
        for (const PlanStep &s : plan.steps)
            m_planApps.insert(s.key.app);
    }

    void run()
    {
        // Who holds locks first: pg_locks and pg_stat_activity never wait. The checks that read
        // the tables then run under ReadGuard's limits, so that a lock held on one of them makes
        // a read give up after the lock timeout (an error finding naming the holder) instead of
        // queueing behind it.
        SessionChecks sessions(m_db, m_catalogue, m_plan, m_options, m_report);
        sessions.lockHolders();
        sessions.longTransactions();
        {
            ReadGuard guard(m_db, m_limits);
            valueTooLong();
            nullConversion();
            privileges();
            drift();
            historyOrder();
            orphanedOwners();
        }
        // Reported in the order of checkIds(), whatever order they ran in.
        const QStringList order = Preflight::checkIds();
        std::stable_sort(m_report.findings.begin(), m_report.findings.end(),
                         [&](const PreflightFinding &a, const PreflightFinding &b) {
                             return order.indexOf(a.checkId) < order.indexOf(b.checkId);
                         });
        std::stable_sort(m_report.checksRun.begin(), m_report.checksRun.end(),
                         [&](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    }

private:
    // A count of `table`'s rows for check `check`; -1 when it could not be read (a lock timeout
    // is an error finding that names the holder; another failure counts as no rows, as before).
    qint64 count(const char *check, const QString &table, const QString &statement, const QVariantList &values = {})
    {
        const sql::Rows r = sql::query(m_db, statement, values);
        if (r.ok)
            return r.rows.value(0).value(0).toLongLong();
        if (isLockTimeout(r.error)) {
            PreflightFinding f;
            f.checkId = QString::fromLatin1(check);
            f.severity = Severity::Error;
            f.message = QCoreApplication::translate("gma::Preflight", "The %1 check could not read %2. %3")
                            .arg(f.checkId, table, readFailure(m_db, r.error, {table}, m_limits));
            add(f);
        }
        return -1;
    }

    // ALTER COLUMN ... TYPE varchar(N) in the plan: values longer than N make the step fail.
    void valueTooLong()
    {
        static const QRegularExpression narrow = re(
            QStringLiteral(
                R"(^ALTER\s+TABLE\s+(%1)\s+ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+(?:SET\s+DATA\s+)?TYPE\s+(?:varchar|character\s+varying)\s*\(\s*(\d+)\s*\)\s*$)")
                .arg(kTableRef));
        for (const PlanStep &step : m_plan.steps) {
            const MigrationDefinition *def = m_catalogue.find(step.key);
            if (!def || def->isData())
                continue;
            for (const auto &[operation, statement] : statementsOf(*def, step.backwards)) {
                const auto m = narrow.match(statement.trimmed());
                if (!m.hasMatch())
                    continue;
                ran("value-too-long");
                const QString table = unquote(m.captured(1));
                const QString column = unquote(m.captured(2));
                const int length = m.captured(3).toInt();
                if (!tableExists(m_db, table) || !sql::columnExists(m_db, table, column))
                    continue;
                const QString t = sql::quoteIdent(table);
                const QString c = sql::quoteIdent(column);
                const qint64 total =
                    count("value-too-long", table,
                          QStringLiteral("SELECT count(*) FROM %1 WHERE char_length(%2) > ?").arg(t, c), {length});
                if (total <= 0)
                    continue;
                PreflightFinding f;
                f.checkId = QStringLiteral("value-too-long");
                f.severity = Severity::Error;
                f.message = QCoreApplication::translate("gma::Preflight", "%Ln row(s) of %1 {has|have} a %2 longer than %3 characters, and %4 "
                                                          "narrows %2 to varchar(%5), so it would fail: shorten "
                                                          "or rename them first.",
                                                          nullptr, int(total))
                                .arg(table, column, QLocale().toString(length), def->key.label())
                                .arg(length);
                f.columns = {QStringLiteral("id"), QStringLiteral("length"),
                             QStringLiteral("first 40 characters")};
                f.rows = toText(
                    sql::rows(m_db,
                              QStringLiteral("SELECT \"id\", char_length(%2), left(%2, 40) FROM %1 WHERE "
                                             "char_length(%2) > ? ORDER BY \"id\" LIMIT ?")
                                  .arg(t, c),
                              {length, limit()}));
                f.totalRows = total;
                f.query =
                    QStringLiteral(
                        "SELECT \"id\", char_length(%2) AS length, %2 FROM %1 WHERE char_length(%2) > %3 "
                        "ORDER BY \"id\";")
                        .arg(t, c)
                        .arg(length);
                add(f);
            }
        }
    }

    // A forward data step fills created_by/modified_by with each row's owner: an owner missing from
    // users_user (deleted with the foreign keys bypassed) fails the new audit foreign key at the
    // first batch that meets it.
    void orphanedOwners()
    {
        for (const PlanStep &step : m_plan.steps) {
            const MigrationDefinition *def = m_catalogue.find(step.key);
            if (!def || !def->isData() || step.backwards)
                continue;
            ran("orphaned-owners");
            const PopulateSpec &p = def->populate;
            if (!tableExists(m_db, p.table) || !tableExists(m_db, QStringLiteral("users_user")) ||
                (!p.viaTable.isEmpty() && !tableExists(m_db, p.viaTable)))
                continue;
            const QString t = sql::quoteIdent(p.table);
            const QString owner = p.viaTable.isEmpty()
                                      ? QStringLiteral("t.%1").arg(sql::quoteIdent(p.ownerColumn))
                                      : QStringLiteral("v.%1").arg(sql::quoteIdent(p.viaColumn));
            const QString from =
                p.viaTable.isEmpty()
                    ? QStringLiteral("%1 AS t").arg(t)
                    : QStringLiteral("%1 AS t JOIN %2 AS v ON v.\"id\" = t.%3")
                          .arg(t, sql::quoteIdent(p.viaTable), sql::quoteIdent(p.ownerColumn));
            const QString where =
                QStringLiteral("%1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"users_user\" AS u WHERE u.\"id\" = %1)")
                    .arg(owner);
            const qint64 total = count("orphaned-owners", p.table,
                                       QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, where));
            if (total <= 0)
                continue;
            PreflightFinding f;
            f.checkId = QStringLiteral("orphaned-owners");
            f.severity = Severity::Error;
            f.message = QCoreApplication::translate("gma::Preflight", "%Ln row(s) of %1 {has|have} an owner that is not in "
                                                                      "users_user, and %2 fills the audit users with the "
                                                                      "owner, so it would fail: reassign or restore "
                                                                      "the owners first.",
                                                    nullptr, int(total))
                            .arg(p.table, def->key.label());
            f.columns = {QStringLiteral("id"), QStringLiteral("owner")};
            f.rows = toText(sql::rows(
                m_db, QStringLiteral("SELECT t.\"id\", %1 FROM %2 WHERE %3 ORDER BY t.\"id\" LIMIT ?").arg(owner, from, where),
                {limit()}));
            f.totalRows = total;
            f.query = QStringLiteral("SELECT t.\"id\", %1 AS owner FROM %2 WHERE %3 ORDER BY t.\"id\";")
                          .arg(owner, from, where);
            add(f);
        }
    }

    // SET NOT NULL in the plan: NULLs make it fail unless the step converts them first.
    void nullConversion()
    {
        static const QRegularExpression setNotNull =
            re(QStringLiteral(
                   R"(^ALTER\s+TABLE\s+(%1)\s+ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+SET\s+NOT\s+NULL\s*$)")
                   .arg(kTableRef));
        static const QRegularExpression convert = re(
            QStringLiteral(
                R"(^UPDATE\s+(%1)\s+SET\s+("[^"]+"|\w+)\s*=\s*(.*)\s+WHERE\s+("[^"]+"|\w+)\s+IS\s+NULL\s*$)")
                .arg(kTableRef));
        for (const PlanStep &step : m_plan.steps) {
            const MigrationDefinition *def = m_catalogue.find(step.key);
            if (!def || def->isData())
                continue;
            QHash<QString, QString> converted; // "table.column" -> value the NULLs become
            bool preserved = false;
            for (const auto &[operation, statement] : statementsOf(*def, step.backwards)) {
                const QString text = statement.trimmed();
                if (text.contains(QLatin1String("preserved_nulls")))
                    preserved = true;
                const auto c = convert.match(text);
                if (c.hasMatch() && c.captured(2) == c.captured(4))
                    converted.insert(unquote(c.captured(1)) + QLatin1Char('.') + unquote(c.captured(2)),
                                     c.captured(3));
                const auto m = setNotNull.match(text);
                if (!m.hasMatch())
                    continue;
                ran("null-conversion");
                const QString table = unquote(m.captured(1));
                const QString column = unquote(m.captured(2));
                if (!tableExists(m_db, table) || !sql::columnExists(m_db, table, column))
                    continue;
                const QString t = sql::quoteIdent(table);
                const QString col = sql::quoteIdent(column);
                const qint64 total = count("null-conversion", table,
                                           QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(t, col));
                if (total <= 0)
                    continue;
                const QString key = table + QLatin1Char('.') + column;
                PreflightFinding f;
                f.checkId = QStringLiteral("null-conversion");
                if (converted.contains(key)) {
                    f.severity = Severity::Warning;
                    f.message =
                        preserved ? QCoreApplication::translate("gma::Preflight", "%Ln row(s) of %1 {has|have} no %2 (NULL); %3 turns them into %4 "
                                                              "and records them, so that a rollback restores the "
                                                              "NULLs.",
                                                              nullptr, int(total))
                                        .arg(table, column, def->key.label(), converted.value(key))
                                  : QCoreApplication::translate("gma::Preflight", "%Ln row(s) of %1 {has|have} no %2 (NULL); %3 turns them "
                                                              "into %4.",
                                                              nullptr, int(total))
                                        .arg(table, column, def->key.label(), converted.value(key));
                } else {
                    f.severity = Severity::Error;
                    f.message = QCoreApplication::translate("gma::Preflight", "%Ln row(s) of %1 {has|have} a NULL %2, and %3 makes %2 NOT "
                                                              "NULL, so it would fail: fill them first.",
                                                              nullptr, int(total))
                                    .arg(table, column, def->key.label());
                }
                f.columns = {QStringLiteral("id")};
                f.rows = toText(
                    sql::rows(m_db,
                              QStringLiteral("SELECT \"id\" FROM %1 WHERE %2 IS NULL ORDER BY \"id\" LIMIT ?")
                                  .arg(t, col),
                              {limit()}));
                f.totalRows = total;
                f.query = QStringLiteral("SELECT * FROM %1 WHERE %2 IS NULL ORDER BY \"id\";").arg(t, col);
                add(f);
            }
        }
    }

    // privileges: what the plan's steps need, gathered in m_missing (object, privilege, why).
    void need(const QString &object, const QString &privilege, const QString &note)
    {
        const QStringList row{object, privilege, note};
        if (!m_missing.contains(row))
            m_missing << row;
    }

    bool hasTablePrivilege(const QString &table, const char *privilege)
    {
        return sql::scalar(m_db, QStringLiteral("SELECT has_table_privilege(to_regclass(?), ?)"),
                           {sql::quoteIdent(table), QString::fromLatin1(privilege)})
            .toBool();
    }

    bool mayCreateInPublic()
    {
        return sql::scalar(m_db, QStringLiteral("SELECT has_schema_privilege('public', 'CREATE')")).toBool();
    }

    void dataStepPrivileges(const PopulateSpec &p)
    {
        if (!tableExists(m_db, p.table))
            return;
        for (const char *priv : {"SELECT", "UPDATE"}) {
            if (!hasTablePrivilege(p.table, priv))
                need(p.table, QString::fromLatin1(priv), QCoreApplication::translate("gma::Preflight", "the data step reads and fills it"));
        }
        if (!p.viaTable.isEmpty() && tableExists(m_db, p.viaTable) && !hasTablePrivilege(p.viaTable, "SELECT"))
            need(p.viaTable, QStringLiteral("SELECT"), QCoreApplication::translate("gma::Preflight", "the data step reads the owner from it"));
    }

    // One schema statement of the plan (not CREATE TABLE).
    void statementPrivileges(const QString &operation, const StatementImpact &s)
    {
        if (s.table.isEmpty() || s.table.startsWith(QLatin1String(kToolSchema) + QLatin1Char('.')) ||
            !tableExists(m_db, s.table))
            return;
        if (s.kind.startsWith(QLatin1String("UPDATE")) || s.kind == QLatin1String("INSERT") ||
            s.kind == QLatin1String("DELETE")) {
            if (!hasTablePrivilege(s.table, "UPDATE") && s.kind.startsWith(QLatin1String("UPDATE")))
                need(s.table, QStringLiteral("UPDATE"), operation);
            return;
        }
        // ALTER TABLE, CREATE INDEX: only the owner (or a member of the owning role) may.
        const QVariantList own =
            sql::rows(m_db,
                      QStringLiteral("SELECT pg_get_userbyid(c.relowner), pg_has_role(current_user, c.relowner, "
                                     "'USAGE') FROM pg_class c WHERE c.oid = to_regclass(?)"),
                      {sql::quoteIdent(s.table)})
                .value(0);
        if (!own.value(1).toBool()) {
            m_owners.insert(own.value(0).toString());
            need(s.table, QCoreApplication::translate("gma::Preflight", "ownership"),
                 QCoreApplication::translate("gma::Preflight", "owned by %1; ALTER TABLE and CREATE INDEX need its owner")
                     .arg(own.value(0).toString()));
        }
        for (const TableLock &l : s.otherLocks) {
            if ((s.kind == QLatin1String("ADD COLUMN") || s.kind == QLatin1String("ADD FOREIGN KEY")) &&
                tableExists(m_db, l.table) && !hasTablePrivilege(l.table, "REFERENCES"))
                need(l.table, QStringLiteral("REFERENCES"), QCoreApplication::translate("gma::Preflight", "the new foreign keys point at it"));
        }
    }

    // django_migrations and the tool's schema: usable as they are, or creatable.
    void bookkeepingPrivileges()
    {
        if (tableExists(m_db, QStringLiteral("django_migrations"))) {
            for (const char *priv : {"SELECT", "INSERT", "DELETE"}) {
                if (!hasTablePrivilege(QStringLiteral("django_migrations"), priv))
                    need(QStringLiteral("django_migrations"), QString::fromLatin1(priv),
                         QCoreApplication::translate("gma::Preflight", "the run records Django's migration state"));
            }
        } else if (!mayCreateInPublic()) {
            need(QStringLiteral("schema public"), QStringLiteral("CREATE"), QCoreApplication::translate("gma::Preflight", "django_migrations is missing"));
        }
        const QString schema = QLatin1String(kToolSchema);
        bool usable = ToolSchema::exists(m_db) &&
                      sql::scalar(m_db, QStringLiteral("SELECT has_schema_privilege(?, 'USAGE')"), {schema}).toBool();
        for (const char *t : toolTables()) {
            usable = usable && sql::tableExists(m_db, schema, QString::fromLatin1(t)) &&
                     sql::scalar(m_db, QStringLiteral("SELECT has_table_privilege(?, 'INSERT')"), {toolTable(t)})
                         .toBool();
        }
        if (!usable &&
            !sql::scalar(m_db, QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE')")).toBool())
            need(QCoreApplication::translate("gma::Preflight", "database %1").arg(m_db.databaseName()), QStringLiteral("CREATE"),
                 QCoreApplication::translate("gma::Preflight", "the tool keeps its records in the schema %1, which it must create")
                     .arg(schema));
    }

    void privileges()
    {
        ran("privileges");
        const QVariantList who =
            sql::rows(m_db, QStringLiteral("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user"))
                .value(0);
        const QString role = who.value(0).toString();
        if (who.value(1).toBool() || m_plan.isEmpty())
            return;
        const QHash<QString, QString> fkTargets = Preview::foreignKeyTargets(m_catalogue);
        bool createsTables = false;
        for (const PlanStep &step : m_plan.steps) {
            const MigrationDefinition *def = m_catalogue.find(step.key);
            if (def && def->isData())
                dataStepPrivileges(def->populate);
            if (!def || def->isData())
                continue;
            for (const auto &[operation, statement] : statementsOf(*def, step.backwards)) {
                const StatementImpact s = Preview::classify(statement, fkTargets);
                createsTables = createsTables || s.kind == QLatin1String("CREATE TABLE");
                if (s.kind != QLatin1String("CREATE TABLE"))
                    statementPrivileges(operation, s);
            }
        }
        if (createsTables && !mayCreateInPublic())
            need(QStringLiteral("schema public"), QStringLiteral("CREATE"), QCoreApplication::translate("gma::Preflight", "the plan creates tables"));
        bookkeepingPrivileges();
        if (m_missing.isEmpty())
            return;
        PreflightFinding f;
        f.checkId = QStringLiteral("privileges");
        f.severity = Severity::Error;
        QStringList what;
        for (const QStringList &m : std::as_const(m_missing))
            what << QCoreApplication::translate("gma::Preflight", "%1 on %2").arg(m.at(1), m.at(0));
        QStringList ownerList = m_owners.values();
        std::sort(ownerList.begin(), ownerList.end());
        f.message = ownerList.isEmpty()
                        ? QCoreApplication::translate("gma::Preflight", "The role %1 lacks privileges the plan needs (%2): connect as "
                                                            "the tables' owner, or have them granted.")
                              .arg(role, what.join(QStringLiteral(", ")))
                        : QCoreApplication::translate("gma::Preflight", "The role %1 lacks privileges the plan needs (%2): connect as "
                                                            "the tables' owner (or GRANT %3 TO %1), or have them "
                                                            "granted.")
                              .arg(role, what.join(QStringLiteral(", ")), ownerList.join(QStringLiteral(", ")));
        f.columns = {QStringLiteral("object"), QStringLiteral("needs"), QStringLiteral("why")};
        f.rows = m_missing;
        f.totalRows = m_missing.size();
        add(f);
    }

    // Recorded migrations whose columns/tables are missing, and unrecorded ones whose are present.
    void drift()
    {
        ran("drift");
        static const QRegularExpression addColumn =
            re(QStringLiteral(
                   R"(^ALTER\s+TABLE\s+(%1)\s+ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|\w+)\s)")
                   .arg(kTableRef));
        static const QRegularExpression constraintWord =
            re(QStringLiteral(R"(^(CONSTRAINT|FOREIGN|UNIQUE|PRIMARY|CHECK|EXCLUDE)$)"));
        static const QRegularExpression createTable =
            re(QStringLiteral(R"(^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(%1))").arg(kTableRef));
        QList<QStringList> rows;
        QStringList involved;
        bool inPlan = false;
        // Steps an interrupted online run left begun (gma_migrator.online_steps): half done on
        // purpose, and the next run continues them.
        QSet<QString> begunOnline;
        if (sql::tableExists(m_db, QLatin1String(kToolSchema), QStringLiteral("online_steps"))) {
            for (const QVariantList &r : sql::rows(m_db, QStringLiteral("SELECT app || '.' || name || ' ' || direction FROM %1")
                                                             .arg(toolTable("online_steps"))))
                begunOnline.insert(r.value(0).toString());
        }
        QStringList resumable;
        for (const MigrationDefinition &def : m_catalogue.migrations()) {
            if (def.isData())
                continue;
            const bool recorded = m_state.isApplied(def.key);
            QList<QStringList> mine;
            for (const auto &[operation, statement] : statementsOf(def, false)) {
                const QString text = statement.trimmed();
                QRegularExpressionMatch m;
                if ((m = createTable.match(text)).hasMatch()) {
                    const QString table = unquote(m.captured(1));
                    const bool present = tableExists(m_db, table);
                    if (recorded && !present)
                        mine << QStringList{def.key.label(), table, QString(),
                                            QCoreApplication::translate("gma::Preflight", "recorded as applied, table missing")};
                    else if (!recorded && present && m_state.tableExists)
                        mine << QStringList{def.key.label(), table, QString(),
                                            QCoreApplication::translate("gma::Preflight", "not recorded, table present")};
                } else if ((m = addColumn.match(text)).hasMatch() &&
                           !constraintWord.match(unquote(m.captured(2))).hasMatch()) {
                    const QString table = unquote(m.captured(1));
                    const QString column = unquote(m.captured(2));
                    if (!tableExists(m_db, table))
                        continue; // reported with the migration that creates the table
                    const bool present = sql::columnExists(m_db, table, column);
                    if (recorded && !present)
                        mine << QStringList{def.key.label(), table, column,
                                            QCoreApplication::translate("gma::Preflight", "recorded as applied, column missing")};
                    else if (!recorded && present)
                        mine << QStringList{def.key.label(), table, column,
                                            QCoreApplication::translate("gma::Preflight", "not recorded, column present")};
                }
            }
            if (mine.isEmpty())
                continue;
            if (begunOnline.contains(def.key.label() +
                                     (recorded ? QStringLiteral(" backward") : QStringLiteral(" forward")))) {
                resumable << def.key.label();
                continue;
            }
            rows << mine;
            involved << (recorded ? QCoreApplication::translate("gma::Preflight", "%1 (recorded, but its changes are missing)")
                                  : QCoreApplication::translate("gma::Preflight", "%1 (not recorded, but its changes are present)"))
                            .arg(def.key.label());
            inPlan = inPlan || m_planApps.contains(def.key.app);
        }
        if (!resumable.isEmpty()) {
            PreflightFinding f;
            f.checkId = QStringLiteral("drift");
            f.severity = Severity::Warning;
            f.message = QCoreApplication::translate("gma::Preflight", "An interrupted online run left %1 half done (the statements it finished stay, "
                                       "the step is not recorded as done); the next migrate or rollback continues it "
                                       "online where it stopped.")
                            .arg(resumable.join(QStringLiteral(", ")));
            add(f);
        }
        if (rows.isEmpty())
            return;
        PreflightFinding f;
        f.checkId = QStringLiteral("drift");
        f.severity = inPlan || m_plan.isEmpty() ? Severity::Error : Severity::Warning;
        f.message = QCoreApplication::translate("gma::Preflight", 
                        "The database does not stand where django_migrations says: %1. Find out who changed "
                        "the schema and bring record and schema together (restore a backup, or apply or "
                        "fake the migration with Django) before migrating.")
                        .arg(involved.join(QStringLiteral("; ")));
        f.columns = {QStringLiteral("migration"), QStringLiteral("table"),
                     QStringLiteral("column"), QStringLiteral("found")};
        f.totalRows = rows.size();
        f.rows = rows.mid(0, limit());
        add(f);
    }

    void historyOrder()
    {
        ran("history-order");
        const QStringList problems = m_state.inconsistencies(m_catalogue);
        if (problems.isEmpty())
            return;
        PreflightFinding f;
        f.checkId = QStringLiteral("history-order");
        f.severity = Severity::Error;
        f.message = QCoreApplication::translate("gma::Preflight", "django_migrations records %Ln migration(s) out of dependency "
                                                "order: repair the history (Django refuses to migrate such a "
                                                "database too).",
                                                nullptr, int(problems.size()));
        f.columns = {QStringLiteral("problem")};
        for (const QString &p : problems)
            f.rows << QStringList{p};
        f.totalRows = problems.size();
        add(f);
    }


    const MigrationState &m_state;
    ReadLimits m_limits;
    QSet<QString> m_planApps;
    QList<QStringList> m_missing; // privileges: object, privilege, why
    QSet<QString> m_owners;       // privileges: owners of tables the role may not alter
};

} // namespace


QString severityName(Severity severity)
{
    static const char *const names[] = {"info", "warning", "error"};
    return format::enumName(severity, names);
}

bool PreflightReport::ok() const
{
    return error.isEmpty() && count(Severity::Error) == 0;
}

int PreflightReport::count(Severity severity) const
{
    int n = 0;
    for (const PreflightFinding &f : findings)
        n += f.severity == severity ? 1 : 0;
    return n;
}

QVariantMap PreflightReport::toVariant() const
{
    QVariantList list;
    for (const PreflightFinding &f : findings) {
        QVariantList rows;
        for (const QStringList &r : f.rows) {
            QVariantMap row;
            for (int i = 0; i < f.columns.size() && i < r.size(); ++i)
                row.insert(f.columns.at(i), r.at(i));
            rows << row;
        }
        list << QVariantMap{
            {QStringLiteral("check"), f.checkId},   {QStringLiteral("severity"), severityName(f.severity)},
            {QStringLiteral("message"), f.message}, {QStringLiteral("columns"), f.columns},
            {QStringLiteral("rows"), rows},         {QStringLiteral("total_rows"), f.totalRows},
            {QStringLiteral("query"), f.query}};
    }
    return QVariantMap{{QStringLiteral("ok"), ok()},
                       {QStringLiteral("errors"), count(Severity::Error)},
                       {QStringLiteral("warnings"), count(Severity::Warning)},
                       {QStringLiteral("checks_run"), checksRun},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("findings"), list}};
}

namespace Preflight {

// The findings' column names as a person reads them (the names stay the keys of toVariant's rows).
static const char *const kColumnTitles[] = {
    QT_TRANSLATE_NOOP("gma::Preflight", "id"),          QT_TRANSLATE_NOOP("gma::Preflight", "length"),
    QT_TRANSLATE_NOOP("gma::Preflight", "first 40 characters"),
    QT_TRANSLATE_NOOP("gma::Preflight", "object"),      QT_TRANSLATE_NOOP("gma::Preflight", "needs"),
    QT_TRANSLATE_NOOP("gma::Preflight", "why"),         QT_TRANSLATE_NOOP("gma::Preflight", "migration"),
    QT_TRANSLATE_NOOP("gma::Preflight", "table"),       QT_TRANSLATE_NOOP("gma::Preflight", "column"),
    QT_TRANSLATE_NOOP("gma::Preflight", "found"),       QT_TRANSLATE_NOOP("gma::Preflight", "problem"),
    QT_TRANSLATE_NOOP("gma::Preflight", "pid"),         QT_TRANSLATE_NOOP("gma::Preflight", "user"),
    QT_TRANSLATE_NOOP("gma::Preflight", "application"), QT_TRANSLATE_NOOP("gma::Preflight", "state"),
    QT_TRANSLATE_NOOP("gma::Preflight", "xact_start"),  QT_TRANSLATE_NOOP("gma::Preflight", "query_start"),
    QT_TRANSLATE_NOOP("gma::Preflight", "holds"),       QT_TRANSLATE_NOOP("gma::Preflight", "plan needs"),
    QT_TRANSLATE_NOOP("gma::Preflight", "query"),       QT_TRANSLATE_NOOP("gma::Preflight", "client"),
    QT_TRANSLATE_NOOP("gma::Preflight", "for"),         QT_TRANSLATE_NOOP("gma::Preflight", "open (s)"),
    QT_TRANSLATE_NOOP("gma::Preflight", "owner")};

QString columnTitle(const QString &column)
{
    for (const char *title : kColumnTitles) {
        if (column == QLatin1String(title))
            return QCoreApplication::translate("gma::Preflight", title);
    }
    return column;
}

QStringList checkIds()
{
    return {QStringLiteral("value-too-long"),   QStringLiteral("null-conversion"),
            QStringLiteral("privileges"),       QStringLiteral("drift"),
            QStringLiteral("history-order"),    QStringLiteral("orphaned-owners"),
            QStringLiteral("lock-holders"),     QStringLiteral("long-transactions")};
}

PreflightReport run(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
                    const Plan &plan, const PreflightOptions &options)
{
    if (!db.isOpen()) {
        PreflightReport r;
        r.error = QCoreApplication::translate("gma::Preflight", "The preflight checks need an open connection: connect first.");
        return r;
    }
    PreflightReport report;
    Checker(db, catalogue, state, plan, options, report).run();
    return report;
}

} // namespace Preflight

} // namespace gma
