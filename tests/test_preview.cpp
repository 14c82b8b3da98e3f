// Impact preview: lock modes per statement (checked against pg_locks on the real server), rewrite
// and scan, exact row numbers of the data steps, the CLI's text and JSON; and that a preview
// changes nothing.
#include "preview.h"
#include "sqlutil.h"
#include "testdb.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

std::optional<Plan> planFor(TestDatabase &t, bool rollback = false, const QString &app = QString(),
                            const QString &target = QString())
{
    const MigrationCatalogue cat = MigrationCatalogue::builtIn();
    QString error;
    const auto state = MigrationState::read(t.db(), &error);
    if (!state)
        return std::nullopt;
    PlanError perr;
    return rollback ? Planner::rollback(cat, *state, &perr)
                    : Planner::migrate(cat, *state, app, target, &perr);
}

PreviewReport previewOf(TestDatabase &t, const Plan &plan)
{
    const MigrationCatalogue cat = MigrationCatalogue::builtIn();
    QString error;
    const auto state = MigrationState::read(t.db(), &error);
    return Preview::analyse(t.db(), cat, *state, plan);
}

const StepImpact *stepOf(const PreviewReport &r, const QString &app, const QString &prefix)
{
    for (const StepImpact &s : r.steps) {
        if (s.step.key.app == app && s.step.key.name.startsWith(prefix))
            return &s;
    }
    return nullptr;
}


} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private slots:
    void lockModesOfTheSchemaStep()
    {
        TestDatabase t(QStringLiteral("previewlocks"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        const QString before = t.fingerprint();
        const auto plan = planFor(t);
        QVERIFY(plan && plan->steps.size() == 6);
        const PreviewReport r = previewOf(t, *plan);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 6);
        const StepImpact *items = stepOf(r, QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY(items);
        int alters = 0, indexes = 0;
        bool sawNarrowing = false, sawFk = false, sawDefault = false;
        for (const StatementImpact &s : items->statements) {
            if (s.sql.startsWith(QLatin1String("ALTER TABLE"))) {
                ++alters;
                QCOMPARE(lockModeName(s.lock), QStringLiteral("ACCESS EXCLUSIVE"));
                QCOMPARE(s.table, QStringLiteral("items_item"));
            }
            if (s.sql.startsWith(QLatin1String("CREATE INDEX"))) {
                ++indexes;
                QCOMPARE(lockModeName(s.lock), QStringLiteral("SHARE"));
                QCOMPARE(s.work, TableWork::Scan);
            }
            if (s.kind == QLatin1String("ALTER COLUMN TYPE")) {
                sawNarrowing = true;
                QCOMPARE(s.work, TableWork::Rewrite); // varchar(200) -> varchar(100)
            }
            if (s.kind == QLatin1String("ADD COLUMN") && s.sql.contains(QLatin1String("REFERENCES"))) {
                sawFk = true;
                QCOMPARE(s.otherLocks.size(), 1);
                QCOMPARE(s.otherLocks.first().table, QStringLiteral("users_user"));
                QCOMPARE(s.otherLocks.first().mode, LockMode::ShareRowExclusive);
                QCOMPARE(s.work, TableWork::Scan);
            }
            if (s.kind == QLatin1String("ADD COLUMN") && s.sql.contains(QLatin1String("DEFAULT"))) {
                sawDefault = true;
                QCOMPARE(s.work, TableWork::None); // constant default: no rewrite on PostgreSQL 11+
            }
        }
        QCOMPARE(alters, 7); // 4 ADD COLUMN, 2 DROP DEFAULT, 1 ALTER TYPE
        QCOMPARE(indexes, 4);
        QVERIFY(sawNarrowing && sawFk && sawDefault);
        QCOMPARE(items->strongestLock, LockMode::AccessExclusive);
        QVERIFY(items->rewrites);
        QVERIFY(items->summary.contains(QLatin1String("rewrites items_item")));
        // Statistics come from the catalogue of the live table.
        QCOMPARE(items->tableStats.size(), 1);
        QVERIFY(items->tableStats.first().exists);
        QVERIFY(items->tableStats.first().totalBytes > 0);
        QCOMPARE(items->tableStats.first().totalBytes,
                 t.count(QStringLiteral("SELECT pg_total_relation_size('items_item')")));
        // The locations step sets NOT NULL (scan) after converting the NULLs (counted exactly).
        const StepImpact *locations = stepOf(r, QStringLiteral("locations"), QStringLiteral("0003"));
        QVERIFY(locations);
        bool sawNotNull = false, sawConvert = false;
        for (const StatementImpact &s : locations->statements) {
            if (s.kind == QLatin1String("SET NOT NULL")) {
                sawNotNull = true;
                QCOMPARE(s.lock, LockMode::AccessExclusive);
                QCOMPARE(s.work, TableWork::Scan);
            }
            if (s.kind == QLatin1String("UPDATE") && s.table == QLatin1String("locations_location")) {
                sawConvert = true;
                QCOMPARE(s.lock, LockMode::RowExclusive);
                QCOMPARE(s.rows, t.count(QStringLiteral(
                                     "SELECT count(*) FROM locations_location WHERE description IS NULL")));
            }
        }
        QVERIFY(sawNotNull && sawConvert);
        QCOMPARE(t.fingerprint(), before);
    }

    // Every statement of the three schema steps, both ways, run on the real server one by one:
    // the strongest lock pg_locks shows on each table is the one the preview names.
    void lockModesMatchPgLocks()
    {
        TestDatabase t(QStringLiteral("previewpglocks"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QString error;
        QVERIFY2(ToolSchema::ensure(t.db(), &error), qPrintable(error));
        const MigrationCatalogue cat = MigrationCatalogue::builtIn();
        const QHash<QString, QString> fk = Preview::foreignKeyTargets(cat);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int checked = 0;
        for (bool backwards : {false, true}) {
            for (const QString &app :
                 {QStringLiteral("characters"), QStringLiteral("items"), QStringLiteral("locations")}) {
                const MigrationDefinition *def =
                    cat.find(*cat.resolvePrefix(app, QStringLiteral("0003"), nullptr));
                QVERIFY(def);
                for (const QString &statement : def->statements(backwards, now)) {
                    const StatementImpact s = Preview::classify(statement, fk);
                    QMap<QString, LockMode> expected;
                    if (!s.table.isEmpty())
                        expected.insert(s.table, s.lock);
                    for (const TableLock &l : s.otherLocks)
                        expected.insert(l.table, l.mode);
                    QVERIFY(t.exec(QStringLiteral("BEGIN")));
                    QVERIFY2(t.exec(statement), qPrintable(statement));
                    const auto rows = sql::rows(
                        t.db(),
                        QStringLiteral(
                            "SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || "
                            "c.relname END, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = pg_backend_pid() "
                            "AND l.locktype = 'relation' AND c.relkind = 'r' AND n.nspname IN ('public', "
                            "'gma_migrator')"));
                    QVERIFY(t.exec(QStringLiteral("COMMIT")));
                    QMap<QString, LockMode> observed;
                    for (const QVariantList &r : rows) {
                        const LockMode m = lockModeFromPg(r.at(1).toString());
                        if (int(m) > int(observed.value(r.at(0).toString(), LockMode::None)))
                            observed.insert(r.at(0).toString(), m);
                    }
                    QStringList e, o;
                    for (auto it = expected.begin(); it != expected.end(); ++it)
                        if (it.value() != LockMode::None)
                            e << it.key() + QLatin1Char('=') + lockModeName(it.value());
                    for (auto it = observed.begin(); it != observed.end(); ++it)
                        o << it.key() + QLatin1Char('=') + lockModeName(it.value());
                    QVERIFY2(e == o, qPrintable(QStringLiteral("%1\n  preview: %2\n  pg_locks: %3")
                                                    .arg(statement.left(160), e.join(QLatin1Char(' ')),
                                                         o.join(QLatin1Char(' ')))));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 40);
    }

    // The conflict table used to decide which held locks block the plan, checked pair by pair on
    // the server: a second session asks for mode b with NOWAIT while the first holds mode a.
    void lockConflictsMatchServer()
    {
        TestDatabase t(QStringLiteral("previewconflicts"));
        QVERIFY(t.exec(QStringLiteral("CREATE TABLE probe (id int)")));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QSqlDatabase asker = t.openExtra(QStringLiteral("asker"));
        const QList<LockMode> modes{LockMode::AccessShare,  LockMode::RowShare,
                                    LockMode::RowExclusive, LockMode::ShareUpdateExclusive,
                                    LockMode::Share,        LockMode::ShareRowExclusive,
                                    LockMode::Exclusive,    LockMode::AccessExclusive};
        for (LockMode a : modes) {
            for (LockMode b : modes) {
                QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
                QVERIFY(
                    sql::exec(holder, QStringLiteral("LOCK TABLE probe IN %1 MODE").arg(lockModeName(a))).ok);
                QVERIFY(sql::exec(asker, QStringLiteral("BEGIN")).ok);
                const sql::Result r = sql::exec(
                    asker, QStringLiteral("LOCK TABLE probe IN %1 MODE NOWAIT").arg(lockModeName(b)));
                sql::exec(asker, QStringLiteral("ROLLBACK"));
                sql::exec(holder, QStringLiteral("ROLLBACK"));
                QVERIFY2(r.ok || r.sqlState == QLatin1String("55P03"), qPrintable(r.error));
                QVERIFY2(lockModesConflict(a, b) == !r.ok,
                         qPrintable(lockModeName(a) + QStringLiteral(" / ") + lockModeName(b)));
            }
        }
    }

    void dataStepFillsExactlyTheNulls()
    {
        TestDatabase t(QStringLiteral("previewfill"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        for (const QString &app :
             {QStringLiteral("characters"), QStringLiteral("items"), QStringLiteral("locations")})
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        // The new application version wrote some audit values between the schema and the data step.
        QVERIFY(t.exec(
            QStringLiteral("UPDATE characters_character SET created_by_id = (SELECT min(id) FROM users_user) "
                           "WHERE id % 3 = 0")));
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE characters_character SET modified_by_id = (SELECT max(id) FROM users_user) "
            "WHERE id % 5 = 0")));
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET modified_by_id = (SELECT min(id) FROM users_user) WHERE id % 7 = 0")));
        const QString before = t.fingerprint();
        const auto plan = planFor(t);
        QVERIFY(plan);
        QCOMPARE(plan->steps.size(), 3);
        const PreviewReport r = previewOf(t, *plan);
        QVERIFY2(r.ok(), qPrintable(r.error));
        int fills = 0;
        for (const StepImpact &st : r.steps) {
            QVERIFY(st.isData);
            QCOMPARE(st.fills.size(), 2);
            for (const ColumnFill &f : st.fills) {
                QVERIFY(f.columnExists);
                const QString t1 = sql::quoteIdent(f.table), c = sql::quoteIdent(f.column);
                QCOMPARE(f.toFill,
                         t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL").arg(t1, c)));
                QCOMPARE(f.alreadySet,
                         t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL").arg(t1, c)));
                ++fills;
            }
            const StatementImpact &update = st.statements.first();
            QCOMPARE(update.lock, LockMode::RowExclusive);
            QCOMPARE(update.rows,
                     t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE created_by_id IS NULL OR "
                                            "modified_by_id IS NULL")
                                 .arg(sql::quoteIdent(st.fills.first().table))));
        }
        QCOMPARE(fills, 6);
        const StepImpact *chars = stepOf(r, QStringLiteral("characters"), QStringLiteral("0004"));
        QVERIFY(chars && chars->fills.at(0).alreadySet > 0 && chars->fills.at(1).alreadySet > 0);
        QVERIFY(chars->fills.at(0).alreadySet != chars->fills.at(1).alreadySet);
        QCOMPARE(t.fingerprint(), before);

        // The data step then fills exactly that many values per column.
        QVERIFY(t.migrate().ok());
        for (const StepImpact &st : r.steps) {
            for (const ColumnFill &f : st.fills) {
                QCOMPARE(
                    t.count(
                        QStringLiteral(
                            "SELECT coalesce(sum(cardinality(row_ids)), 0) FROM gma_migrator.populate_log "
                            "WHERE table_name = ? AND column_name = ?"),
                        {f.table, f.column}),
                    f.toFill);
            }
        }
    }

    void dataStepInTheSamePlanFillsEveryRow()
    {
        TestDatabase t(QStringLiteral("previewfillall"));
        QVERIFY2(t.buildDemo(120), qPrintable(t.lastError()));
        const auto plan = planFor(t);
        QVERIFY(plan);
        const PreviewReport r = previewOf(t, *plan);
        const StepImpact *items = stepOf(r, QStringLiteral("items"), QStringLiteral("0004"));
        QVERIFY(items);
        for (const ColumnFill &f : items->fills) {
            QVERIFY(!f.columnExists);
            QCOMPARE(f.toFill, t.count(QStringLiteral("SELECT count(*) FROM items_item")));
            QCOMPARE(f.alreadySet, qint64(0));
        }
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_by_id")));
    }

    void rollbackPreviewUsesThePopulateLog()
    {
        TestDatabase t(QStringLiteral("previewback"));
        QVERIFY2(t.buildDemo(150), qPrintable(t.lastError()));
        for (const QString &app :
             {QStringLiteral("characters"), QStringLiteral("items"), QStringLiteral("locations")})
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET created_by_id = (SELECT min(id) FROM users_user) WHERE id % 4 = 0")));
        QVERIFY(t.migrate().ok());
        const QString before = t.fingerprint();
        const auto plan = planFor(t, true);
        QVERIFY(plan);
        QCOMPARE(plan->steps.size(), 6);
        const PreviewReport r = previewOf(t, *plan);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Back to 0002, the data step's values go with the columns 0003's reverse drops.
        const StepImpact *left = stepOf(r, QStringLiteral("items"), QStringLiteral("0004"));
        QVERIFY(left && left->step.backwards);
        QVERIFY(left->fills.isEmpty() && left->statements.isEmpty());
        QVERIFY2(left->summary.contains(QStringLiteral("go with the columns that the reverse of items.0003")),
                 qPrintable(left->summary));
        // Back to 0003 only, it sets back what the populate log records.
        const auto toThree = planFor(t, false, QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY(toThree);
        QCOMPARE(toThree->steps.size(), 1);
        const PreviewReport dataOnly = previewOf(t, *toThree);
        QVERIFY2(dataOnly.ok(), qPrintable(dataOnly.error));
        const StepImpact *items = stepOf(dataOnly, QStringLiteral("items"), QStringLiteral("0004"));
        QVERIFY(items && items->step.backwards);
        QCOMPARE(items->fills.size(), 2);
        for (const ColumnFill &f : items->fills) {
            const qint64 recorded =
                t.count(QStringLiteral("SELECT coalesce(sum(cardinality(row_ids)), 0) FROM "
                                       "gma_migrator.populate_log WHERE table_name = 'items_item' "
                                       "AND column_name = ?"),
                        {f.column});
            QCOMPARE(f.toFill, recorded);
            QCOMPARE(f.alreadySet,
                     t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE %1 IS NOT NULL")
                                 .arg(sql::quoteIdent(f.column))) -
                         recorded);
        }
        // The application's created_by values stay: fewer set back than modified_by.
        QVERIFY(items->fills.at(0).toFill < items->fills.at(1).toFill);
        // Widening name back to varchar(200) is a catalogue change only; dropping a foreign key locks
        // users_user.
        const StepImpact *schema = stepOf(r, QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY(schema && schema->step.backwards);
        bool sawWiden = false, sawDropFk = false;
        for (const StatementImpact &s : schema->statements) {
            if (s.kind == QLatin1String("ALTER COLUMN TYPE")) {
                sawWiden = true;
                QCOMPARE(s.work, TableWork::None);
            }
            if (s.kind == QLatin1String("DROP CONSTRAINT")) {
                sawDropFk = true;
                QCOMPARE(s.otherLocks.value(0).table, QStringLiteral("users_user"));
                QCOMPARE(s.otherLocks.value(0).mode, LockMode::AccessExclusive);
            }
        }
        QVERIFY(sawWiden && sawDropFk);
        QVERIFY(!schema->rewrites);
        QCOMPARE(t.fingerprint(), before);
    }

    void heldLockIsNamedInsteadOfWaiting()
    {
        TestDatabase t(QStringLiteral("previewlocked"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        const auto plan = planFor(t);
        QVERIFY(plan);
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("SET application_name = 'batch-job'")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN ACCESS EXCLUSIVE MODE")).ok);
        const qint64 pid = sql::scalar(holder, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        const QString lockTimeout = t.scalar(QStringLiteral("SHOW lock_timeout")).toString();

        QElapsedTimer timer;
        timer.start();
        const PreviewReport r = previewOf(t, *plan);
        // Bounded by the read lock timeout (2 s), far from "as long as the lock is held".
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("items_item")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("Waited")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("'batch-job'")), qPrintable(r.error));
        // The session's own limits are back as they were.
        QCOMPARE(t.scalar(QStringLiteral("SHOW lock_timeout")).toString(), lockTimeout);
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QVERIFY(previewOf(t, *plan).ok());
    }

    void cliPreviewTextAndJson()
    {
        TestDatabase t(QStringLiteral("previewcli"));
        QVERIFY2(t.buildDemo(80), qPrintable(t.lastError()));
        const QString before = t.fingerprint();
        const CliResult text = runCli({QStringLiteral("preview")}, t.name());
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(
            QLatin1String("[3/6] items.0003_item_modified_by_alter_item_created_at_and_more")));
        QVERIFY(text.out.contains(QLatin1String("ACCESS EXCLUSIVE")));
        QVERIFY(text.out.contains(QLatin1String("SHARE ROW EXCLUSIVE on users_user")));
        QVERIFY(text.out.contains(QLatin1String("Will fill")));

        const CliResult json = runCli({QStringLiteral("preview"), QStringLiteral("--json")}, t.name());
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));
        const QJsonArray steps = doc.object().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 6);
        int indexes = 0;
        for (const QJsonValue &v : steps) {
            const QJsonObject step = v.toObject();
            QVERIFY(!step.value(QStringLiteral("statements")).toArray().isEmpty());
            for (const QJsonValue &s : step.value(QStringLiteral("statements")).toArray()) {
                if (s.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("CREATE INDEX")) {
                    ++indexes;
                    QCOMPARE(s.toObject().value(QStringLiteral("lock")).toString(), QStringLiteral("SHARE"));
                }
            }
        }
        QCOMPARE(indexes, 12);
        const QJsonObject data = steps.at(5).toObject();
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("data"));
        QCOMPARE(data.value(QStringLiteral("fills"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rows_to_change"))
                     .toInteger(),
                 t.count(QStringLiteral("SELECT count(*) FROM %1")
                             .arg(data.value(QStringLiteral("tables")).toArray().at(0).toString())));

        const CliResult back = runCli({QStringLiteral("preview"), QStringLiteral("--rollback")}, t.name());
        QCOMPARE(back.exitCode, 0);
        QVERIFY(back.out.contains(QLatin1String("0 steps")));
        QCOMPARE(t.fingerprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "test_preview.moc"
