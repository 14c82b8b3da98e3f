// The desktop application's data views against a real database: audit tables (counts, filters,
// lazy keyset loading, server-side sort, population bars), run history, validation with report
// export, backups, and the user guide (Help > User Guide, the findings' and checks' links to it).
// Each test checks what the view shows against SQL on the same database.
// With GMA_SCREENSHOT_DIR set, each view is also rendered to a PNG there.
#include "audit/auditsummarywidget.h"
#include "audit/audittablemodel.h"
#include "audit/auditview.h"
#include "backups/backupsview.h"
#include "backups/restoredialog.h"
#include "help/userguide.h"
#include "history/historyview.h"
#include "mainwindow.h"
#include "monitor/monitorview.h"
#include "planner.h"
#include "preflight.h"
#include "preview/analysispane.h"
#include "session.h"
#include "sqlutil.h"
#include "testdb.h"
#include "validation/validationview.h"
#include "validationchecks.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QScrollBar>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

namespace {

constexpr int kTimeout = 60000;

bool waitLoaded(AuditTableModel *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading() && model->totalRows() >= 0; }, kTimeout);
}

QList<qint64> modelIds(AuditTableModel *model)
{
    QList<qint64> ids;
    for (int i = 0; i < model->rowCount(); ++i)
        ids << model->row(i).id;
    return ids;
}

QList<qint64> sqlIds(TestDatabase &t, const QString &statement, const QVariantList &values = {})
{
    QList<qint64> ids;
    QSqlQuery q(t.db());
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// Loads every page of the model; `ids` (optional) gets every row's id as its page arrives (the
// model keeps only the pages nearest the end of a long table).
bool fetchAll(AuditTableModel *model, QList<qint64> *ids = nullptr)
{
    const auto take = [&] {
        if (ids) {
            for (int i = int(ids->size()); i < model->rowCount(); ++i)
                ids->append(model->row(i).id);
        }
    };
    if (!waitLoaded(model))
        return false;
    take();
    while (model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
        if (!waitLoaded(model))
            return false;
        take();
    }
    return model->isComplete();
}

// Opens the session and waits (pumping the event loop) for connected() or connectFailed().
bool openSession(Session &session, const ConnectionSettings &settings, ConnectError *error)
{
    QSignalSpy connected(&session, &Session::connected);
    QSignalSpy failed(&session, &Session::connectFailed);
    session.open(settings);
    if (!QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, kTimeout))
        return false;
    if (!failed.isEmpty())
        *error = failed.first().first().value<ConnectError>();
    return !connected.isEmpty();
}

// The block of the user guide that carries `anchor` (invalid when none does).
QTextBlock anchorBlock(const QTextDocument *document, const QString &anchor)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return block;
        }
    }
    return {};
}

// Whether the guide's window shows the heading of `anchor` in its viewport.
bool showsAnchor(help::UserGuideWindow *window, const QString &anchor)
{
    QTextBrowser *browser = window->browser();
    const QTextBlock block = anchorBlock(browser->document(), anchor);
    if (!block.isValid())
        return false;
    const qreal top = browser->document()->documentLayout()->blockBoundingRect(block).top();
    const int scrolled = browser->verticalScrollBar()->value();
    return top >= scrolled && top < scrolled + browser->viewport()->height();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GMA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestGuiViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The same look in every environment, for the screenshots.
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void auditCountsAndFilters()
    {
        TestDatabase t(QStringLiteral("guiaudit"));
        QVERIFY2(t.buildDemo(1200), qPrintable(t.lastError()));
        // Connect between the schema step and the data step: that is the baseline.
        for (const QString &app :
             {QStringLiteral("characters"), QStringLiteral("items"), QStringLiteral("locations")})
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        Session session;
        ConnectError err;
        QVERIFY2(openSession(session, t.settings(), &err), qPrintable(err.message));

        AuditView view(&session);
        view.resize(1280, 800);
        QSignalSpy choices(&view, &AuditView::choicesLoaded);
        QSignalSpy summary(&view, &AuditView::summaryUpdated);
        AuditTableModel *model = view.model();
        QVERIFY(choices.wait(kTimeout) || choices.count() == 1);
        QVERIFY(summary.count() > 0 || summary.wait(kTimeout));
        for (const auto &m : Audit::models()) {
            QCOMPARE(view.summary()->filledShare(m.first, QStringLiteral("created_by_id")), 0.0);
            QCOMPARE(view.summary()->filledShare(m.first, QStringLiteral("updated_at")), 1.0);
        }
        // The data step runs; the session tells the views.
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral("ANALYZE characters_character, items_item, locations_location")));
        summary.clear();
        session.notifyStateChanged();
        QVERIFY(summary.wait(kTimeout));
        QVERIFY(waitLoaded(model));
        QCOMPARE(view.currentModel(), QStringLiteral("characters.character"));
        QCOMPARE(model->query().table, QStringLiteral("characters_character"));
        // Unfiltered: the planner's estimate, exactly reltuples; the first page only.
        QVERIFY(model->totalIsEstimate());
        QCOMPARE(model->totalRows(),
                 t.count(QStringLiteral(
                     "SELECT reltuples::bigint FROM pg_class WHERE oid = 'characters_character'::regclass")));
        QCOMPARE(model->rowCount(), AuditTableModel::kPageSize);
        QVERIFY(model->canFetchMore(QModelIndex()));
        QVERIFY(fetchAll(model));
        QCOMPARE(modelIds(model),
                 sqlIds(t, QStringLiteral("SELECT id FROM characters_character ORDER BY id")));
        // User names come from users_user.
        const AuditRow first = model->row(0);
        QCOMPARE(first.createdBy,
                 t.scalar(QStringLiteral("SELECT u.username FROM characters_character c JOIN users_user u "
                                         "ON u.id = c.created_by_id WHERE c.id = ?"),
                          {first.id})
                     .toString());
        QCOMPARE(model->data(model->index(0, AuditTableModel::CreatedByColumn), Qt::DisplayRole).toString(),
                 first.createdBy);
        QVERIFY(view.noticeText().isEmpty());

        // The summary after migrate: every field 100 % filled; the baseline kept 0 % for the users.
        for (const auto &m : Audit::models()) {
            for (const QString &c : Audit::auditColumns())
                QCOMPARE(view.summary()->filledShare(m.first, c), 1.0);
            QCOMPARE(view.summary()->filledShare(m.first, QStringLiteral("modified_by_id"), true), 0.0);
        }

        // Some rows lose their audit users: "only missing" shows exactly those.
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET created_by_id = NULL WHERE id % 37 = 0")));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET modified_by_id = NULL WHERE id % 101 = 0")));
        view.showModel(QStringLiteral("items.item"));
        view.setOnlyMissing(true);
        QVERIFY(waitLoaded(model));
        QVERIFY(fetchAll(model));
        const QList<qint64> missing =
            sqlIds(t, QStringLiteral("SELECT id FROM items_item WHERE created_by_id IS NULL OR "
                                     "modified_by_id IS NULL ORDER BY id"));
        QVERIFY(!missing.isEmpty());
        QCOMPARE(modelIds(model), missing);
        QVERIFY(!model->totalIsEstimate());
        QCOMPARE(model->totalRows(), qint64(missing.size()));
        const int nullRow = int(modelIds(model).indexOf(
            t.count(QStringLiteral("SELECT min(id) FROM items_item WHERE created_by_id IS NULL"))));
        QCOMPARE(
            model->data(model->index(nullRow, AuditTableModel::CreatedByColumn), Qt::DisplayRole).toString(),
            QStringLiteral("NULL"));

        // The summary after a refresh shows the new shares; the baseline keeps 100 %.
        summary.clear();
        view.refresh();
        QVERIFY(summary.wait(kTimeout));
        const double filled =
            t.scalar(QStringLiteral("SELECT count(created_by_id)::float8 / count(*) FROM items_item"))
                .toDouble();
        QVERIFY(filled < 1.0);
        QCOMPARE(view.summary()->filledShare(QStringLiteral("items.item"), QStringLiteral("created_by_id")),
                 filled);
        QCOMPARE(
            view.summary()->filledShare(QStringLiteral("items.item"), QStringLiteral("created_by_id"), true),
            0.0);
        QVERIFY(waitLoaded(model));

        // Campaign filter (together with "only missing").
        const qint64 campaign =
            t.count(QStringLiteral("SELECT campaign_id FROM items_item WHERE created_by_id IS NULL "
                                   "GROUP BY campaign_id ORDER BY count(*) DESC, campaign_id LIMIT 1"));
        QVERIFY(view.setCampaign(campaign));
        QVERIFY(waitLoaded(model));
        QVERIFY(fetchAll(model));
        QCOMPARE(modelIds(model),
                 sqlIds(t,
                        QStringLiteral(
                            "SELECT id FROM items_item WHERE campaign_id = ? AND (created_by_id IS NULL OR "
                            "modified_by_id IS NULL) ORDER BY id"),
                        {campaign}));
        QVERIFY(model->rowCount() > 0);
        screenshot(&view, QStringLiteral("audit.png"));

        // User filter alone: created or modified by that user.
        view.setOnlyMissing(false);
        QVERIFY(view.setCampaign(0));
        const qint64 user =
            t.count(QStringLiteral("SELECT modified_by_id FROM items_item WHERE modified_by_id IS NOT NULL "
                                   "ORDER BY id LIMIT 1"));
        QVERIFY(view.setUser(user));
        QVERIFY(waitLoaded(model));
        QVERIFY(fetchAll(model));
        const QList<qint64> byUser =
            sqlIds(t,
                   QStringLiteral(
                       "SELECT id FROM items_item WHERE created_by_id = ? OR modified_by_id = ? ORDER BY id"),
                   {user, user});
        QVERIFY(!byUser.isEmpty());
        QCOMPARE(modelIds(model), byUser);
        QCOMPARE(model->totalRows(), qint64(byUser.size()));
    }

    void auditBeforeSchemaStep()
    {
        TestDatabase t(QStringLiteral("guiaudit0002"));
        QVERIFY(t.buildDemo(80));
        Session session;
        ConnectError err;
        QVERIFY(openSession(session, t.settings(), &err));
        AuditView view(&session);
        QSignalSpy summary(&view, &AuditView::summaryUpdated);
        QVERIFY(waitLoaded(view.model()));
        QVERIFY(fetchAll(view.model()));
        AuditTableModel *model = view.model();
        QCOMPARE(qint64(model->rowCount()),
                 t.count(QStringLiteral("SELECT count(*) FROM characters_character")));
        QVERIFY(!model->columns().any());
        QCOMPARE(model->data(model->index(0, AuditTableModel::CreatedByColumn), Qt::DisplayRole).toString(),
                 QStringLiteral("—"));
        QCOMPARE(model->data(model->index(0, AuditTableModel::UpdatedAtColumn), Qt::DisplayRole).toString(),
                 QStringLiteral("—"));
        QVERIFY(view.noticeText().contains(QStringLiteral("0003")));
        // Sorting on a column that does not exist falls back to the id.
        model->sort(AuditTableModel::CreatedAtColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model->query().sort, AuditSortColumn::Id);
        QVERIFY(summary.count() > 0 || summary.wait(kTimeout));
        QCOMPARE(view.summary()->filledShare(QStringLiteral("characters.character"),
                                             QStringLiteral("created_by_id")),
                 -1.0);

        // After the migration (the session says the state changed) the columns appear.
        QVERIFY(t.migrate().ok());
        summary.clear();
        session.notifyStateChanged();
        QVERIFY(summary.wait(kTimeout));
        QVERIFY(QTest::qWaitFor([&] { return model->columns().all(); }, kTimeout));
        QVERIFY(waitLoaded(model));
        QVERIFY(view.noticeText().isEmpty());
        QCOMPARE(view.summary()->filledShare(QStringLiteral("characters.character"),
                                             QStringLiteral("created_by_id")),
                 1.0);
        QCOMPARE(view.summary()->filledShare(QStringLiteral("characters.character"),
                                             QStringLiteral("created_by_id"), true),
                 -1.0);
    }

    void auditLazyLoadingAndSort()
    {
        TestDatabase t(QStringLiteral("guiaudit50k"));
        QVERIFY2(t.buildDemo(50000), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        // NULLs in the sort column exercise the keyset across NULL and non-NULL values.
        QVERIFY(t.exec(
            QStringLiteral("UPDATE characters_character SET created_by_id = NULL WHERE id % 997 = 0")));
        QVERIFY(t.exec(QStringLiteral("ANALYZE characters_character")));
        const qint64 total = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        QCOMPARE(total, qint64(50000));
        Session session;
        ConnectError err;
        QVERIFY(openSession(session, t.settings(), &err));
        AuditView view(&session);
        view.resize(1280, 800);
        AuditTableModel *model = view.model();
        QVERIFY(waitLoaded(model));
        // Only the pages fetched so far are held.
        QCOMPARE(model->rowCount(), AuditTableModel::kPageSize);
        QVERIFY(model->rowCount() < total);
        QVERIFY(model->canFetchMore(QModelIndex()));
        model->fetchMore(QModelIndex());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model->rowCount(), 2 * AuditTableModel::kPageSize);
        QCOMPARE(modelIds(model),
                 sqlIds(t, QStringLiteral("SELECT id FROM characters_character ORDER BY id LIMIT 1000")));

        // Sort by id descending on the server: the highest id first, only one page held.
        view.table()->sortByColumn(AuditTableModel::IdColumn, Qt::DescendingOrder);
        QVERIFY(model->query().descending);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model->rowCount(), AuditTableModel::kPageSize);
        QCOMPARE(model->row(0).id, t.count(QStringLiteral("SELECT max(id) FROM characters_character")));

        // Sort by name: the server's collation order, id as tie-breaker, across pages.
        view.table()->sortByColumn(AuditTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(waitLoaded(model));
        for (int i = 0; i < 3; ++i) {
            model->fetchMore(QModelIndex());
            QVERIFY(waitLoaded(model));
        }
        QCOMPARE(
            modelIds(model),
            sqlIds(t, QStringLiteral("SELECT id FROM characters_character ORDER BY name, id LIMIT 2000")));

        // Created by, descending: NULLs first, then user ids down, id descending within a user.
        view.table()->sortByColumn(AuditTableModel::CreatedByColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        for (int i = 0; i < 3; ++i) {
            model->fetchMore(QModelIndex());
            QVERIFY(waitLoaded(model));
        }
        QCOMPARE(modelIds(model),
                 sqlIds(t, QStringLiteral("SELECT id FROM characters_character "
                                          "ORDER BY created_by_id DESC, id DESC LIMIT 2000")));

        // Created by, ascending, every page: each row exactly once, NULLs last. 100 pages are more
        // than the model keeps: the ids are taken as each page arrives.
        view.table()->sortByColumn(AuditTableModel::CreatedByColumn, Qt::AscendingOrder);
        QVERIFY(waitLoaded(model));
        QList<qint64> seen;
        QVERIFY(fetchAll(model, &seen));
        QCOMPARE(qint64(model->rowCount()), total);
        const QList<qint64> byCreator =
            sqlIds(t, QStringLiteral("SELECT id FROM characters_character ORDER BY created_by_id, id"));
        QCOMPARE(seen, byCreator);

        // Memory stays bounded: only the pages nearest the end keep their rows; the first ones
        // came back from the server when asked for, from their own cursor, in the same order.
        QCOMPARE(model->loadedPages(), AuditTableModel::kMaxLoadedPages);
        QVERIFY(model->isRowLoaded(int(total) - 1));
        QVERIFY(!model->isRowLoaded(0));
        QCOMPARE(model->row(0).id, qint64(0));
        QCOMPARE(model->data(model->index(0, AuditTableModel::IdColumn), Qt::DisplayRole).toString(),
                 QStringLiteral("…"));
        QSignalSpy reloaded(model, &AuditTableModel::rowsReloaded);
        QVERIFY(reloaded.wait(kTimeout));
        QCOMPARE(reloaded.first().at(0).toInt(), 0);
        QVERIFY(model->isRowLoaded(0));
        QCOMPARE(model->loadedPages(), AuditTableModel::kMaxLoadedPages);
        QVERIFY(!model->isRowLoaded(int(total) - 1)); // the farthest page left in its place
        const int reloadedRows = reloaded.first().at(1).toInt() + 1;
        QVERIFY(reloadedRows >= AuditTableModel::kPageSize);
        QList<qint64> firstIds;
        for (int i = 0; i < reloadedRows; ++i)
            firstIds << model->row(i).id;
        QCOMPARE(firstIds, byCreator.mid(0, reloadedRows));
        // A page in the middle, too.
        const int middle = 50 * AuditTableModel::kPageSize + 7;
        QVERIFY(!model->isRowLoaded(middle));
        model->data(model->index(middle, AuditTableModel::NameColumn), Qt::DisplayRole);
        QVERIFY(QTest::qWaitFor([&] { return model->isRowLoaded(middle); }, kTimeout));
        QCOMPARE(model->row(middle).id, byCreator.at(middle));

        // Updated at, descending (timestamps with microseconds survive the cursor).
        view.table()->sortByColumn(AuditTableModel::UpdatedAtColumn, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        model->fetchMore(QModelIndex());
        QVERIFY(waitLoaded(model));
        QCOMPARE(modelIds(model), sqlIds(t, QStringLiteral("SELECT id FROM characters_character "
                                                           "ORDER BY updated_at DESC, id DESC LIMIT 1000")));
    }

    void historyListsRuns()
    {
        TestDatabase t(QStringLiteral("guihistory"));
        QVERIFY(t.buildDemo(60));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.rollback().ok());
        // A name too long for the schema step makes the items migration fail.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('x', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        QVERIFY(!t.migrate(QStringLiteral("items")).ok());
        const qint64 failedRuns =
            t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE outcome = 'failed'"));
        QVERIFY(failedRuns > 0);

        Session session;
        ConnectError err;
        QVERIFY(openSession(session, t.settings(), &err));
        HistoryView view(&session);
        view.resize(1280, 640);
        QSignalSpy loaded(&view, &HistoryView::loaded);
        QVERIFY(loaded.wait(kTimeout));
        const QList<HistoryEntry> &entries = view.model()->records();
        QCOMPARE(qint64(entries.size()),
                 t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history")));
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, app || '.' || name, direction, outcome, rows_affected "
                                      "FROM gma_migrator.history")));
        QHash<qint64, QStringList> expected;
        while (q.next())
            expected.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(),
                                                      q.value(3).toString(), q.value(4).toString()});
        for (const HistoryEntry &e : entries) {
            QVERIFY(expected.contains(e.id));
            QCOMPARE((QStringList{e.key.label(), e.direction, e.outcome, QString::number(e.rowsAffected)}),
                     expected.value(e.id));
        }
        // Newest first in the table; failed rows highlighted; the outcome filter.
        QSortFilterProxyModel *proxy = view.proxy();
        QCOMPARE(proxy->index(0, HistoryModel::OutcomeColumn).data(HistoryModel::OutcomeRole).toString(),
                 QStringLiteral("failed"));
        QVERIFY(proxy->index(0, HistoryModel::MigrationColumn).data(Qt::BackgroundRole).isValid());
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const bool failed =
                proxy->index(r, HistoryModel::OutcomeColumn).data(HistoryModel::OutcomeRole).toString() ==
                QLatin1String("failed");
            QCOMPARE(proxy->index(r, HistoryModel::StartedColumn).data(Qt::BackgroundRole).isValid(), failed);
        }
        view.setOutcomeFilter(QStringLiteral("failed"));
        QCOMPARE(qint64(proxy->rowCount()), failedRuns);
        view.setOutcomeFilter(QString());
        QCOMPARE(proxy->rowCount(), int(entries.size()));
        QVERIFY(view.summaryText().contains(QStringLiteral("failed")));
        // The newest (failed) run is current: its full message shows below, its highlight stays visible.
        view.table()->selectionModel()->setCurrentIndex(proxy->index(0, 0), QItemSelectionModel::NoUpdate);
        screenshot(&view, QStringLiteral("history.png"));
    }

    void monitorShowsBaselineAndNow()
    {
        TestDatabase t(QStringLiteral("gui_monitor"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok()); // takes the baseline before the run
        const qint64 user = t.count(QStringLiteral("SELECT min(id) FROM users_user"));
        const qint64 campaign = t.count(QStringLiteral("SELECT min(id) FROM campaigns_campaign"));
        for (const QVariant &by : {QVariant(user), QVariant(QMetaType::fromType<qint64>())}) {
            QVERIFY2(t.exec(QStringLiteral("INSERT INTO items_item (name, description, campaign_id, created_at, "
                                           "updated_at, created_by_id, modified_by_id) VALUES ('Watched', '', ?, "
                                           "now(), now(), ?, ?)"),
                            {campaign, by, by}),
                     qPrintable(t.lastError()));
        }

        Session session;
        ConnectError err;
        QVERIFY2(openSession(session, t.settings(), &err), qPrintable(err.message));
        MonitorView view(&session);
        view.resize(1280, 720);
        QSignalSpy loaded(&view, &MonitorView::loaded);
        QVERIFY(loaded.wait(kTimeout));

        // Before: the stored baseline's figures, as the test reads them from the baseline table.
        const qint64 baselineLive = t.count(QStringLiteral(
            "SELECT (e->>'n_live_tup')::bigint FROM gma_migrator.monitor_baseline b, "
            "jsonb_array_elements(b.snapshot->'tables') e WHERE e->>'table' = 'items_item' ORDER BY b.id DESC LIMIT 1"));
        bool found = false;
        for (const MonitorRow &r : view.model()->records()) {
            QVERIFY2(!r.fromStatements, "statement figures shown without pg_stat_statements");
            QVERIFY(r.hasBefore);
            if (r.table == QLatin1String("items_item") && r.key == QLatin1String("n_live_tup")) {
                QCOMPARE(qint64(r.before), baselineLive);
                found = true;
            }
        }
        QVERIFY(found);
        QCOMPARE(view.model()->rowCount(), 3 * 8);
        QCOMPARE(view.model()->index(0, MonitorModel::FigureColumn).data().toString(), QStringLiteral("Sequential scans"));
        // Every index of the three tables, the migration's four per table marked.
        QCOMPARE(qint64(view.indexModel()->rowCount()),
                 t.count(QStringLiteral("SELECT count(*) FROM pg_stat_user_indexes WHERE relname IN "
                                        "('characters_character', 'items_item', 'locations_location')")));
        int added = 0;
        for (const MonitorIndexRow &r : view.indexModel()->records())
            added += r.index.addedByMigration;
        QCOMPARE(added, 12);
        // The audit trail: two items since the migration, one with its creator.
        QVERIFY2(view.auditTrailText().contains(QStringLiteral("created 1 of 2 (50")), qPrintable(view.auditTrailText()));
        QVERIFY2(view.summaryText().contains(QStringLiteral("before a run")), qPrintable(view.summaryText()));
        QVERIFY2(view.summaryText().contains(QStringLiteral("not installed")), qPrintable(view.summaryText()));

        // Take Baseline stores one by hand and compares with it.
        const qint64 byHand =
            t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.monitor_baseline WHERE reason = 'by hand'"));
        loaded.clear();
        QTest::mouseClick(view.baselineButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(kTimeout));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.monitor_baseline WHERE reason = 'by hand'")),
                 byHand + 1);
        QVERIFY2(view.summaryText().contains(QStringLiteral("by hand")), qPrintable(view.summaryText()));
        screenshot(&view, QStringLiteral("monitor.png"));
    }

    void validationRunsAndExports()
    {
        TestDatabase t(QStringLiteral("guivalidate"));
        QVERIFY(t.buildDemo(150));
        QVERIFY(t.migrate().ok());
        // One seed check must fail.
        QVERIFY(
            t.exec(QStringLiteral("UPDATE locations_location SET modified_by_id = NULL WHERE id % 10 = 0")));
        const qint64 nulls = t.count(QStringLiteral(
            "SELECT count(*) FROM locations_location WHERE created_by_id IS NULL OR modified_by_id IS NULL"));
        QVERIFY(nulls > 0);

        Session session;
        ConnectError err;
        QVERIFY(openSession(session, t.settings(), &err));
        ValidationView view(&session);
        view.resize(1280, 760);
        view.setOpenAfterExport(false);
        QSignalSpy finished(&view, &ValidationView::finished);
        view.runChecks();
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(finished.first().first().toBool(), false);
        const ValidationResult &result = view.result();
        QVERIFY(!result.checks.isEmpty());
        QCOMPARE(view.model()->rowCount(), int(result.checks.size()));
        const CheckResult *seed = nullptr;
        for (const CheckResult &c : result.checks) {
            if (c.id == QLatin1String("seed.locations.audit"))
                seed = &c;
        }
        QVERIFY(seed);
        QCOMPARE(seed->status, CheckResult::Status::Fail);
        QCOMPARE(seed->actual, QString::number(nulls));
        screenshot(&view, QStringLiteral("validation.png"));

        // The selected check links to its explanation in the user guide.
        int seedRow = -1;
        for (int row = 0; row < view.table()->model()->rowCount(); ++row) {
            if (view.table()->model()->index(row, CheckTableModel::NameColumn).data().toString() == seed->name)
                seedRow = row;
        }
        QVERIFY(seedRow >= 0);
        view.table()->setCurrentIndex(view.table()->model()->index(seedRow, CheckTableModel::NameColumn));
        QLabel *detail = nullptr;
        for (QLabel *label : view.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("help:#")))
                detail = label;
        }
        QVERIFY(detail);
        const QString link = QStringLiteral("help:#") + help::checkAnchor(seed->id);
        QVERIFY2(detail->text().contains(link), qPrintable(detail->text()));
        screenshot(&view, QStringLiteral("validation-link.png"));
        emit detail->linkActivated(link);
        QVERIFY(help::window() && help::window()->isVisible());
        QCOMPARE(help::window()->currentAnchor(), QStringLiteral("check-seed-audit"));
        QVERIFY(showsAnchor(help::window(), QStringLiteral("check-seed-audit")));
        help::window()->close();

        QTemporaryDir dir;
        QSignalSpy exported(&view, &ValidationView::exported);
        const QString json = dir.filePath(QStringLiteral("report.json"));
        view.exportTo(json);
        QVERIFY(exported.wait(kTimeout));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(jf.readAll()).object();
        QVERIFY(!doc.isEmpty());
        // The checks array: same ids and statuses as the view shows.
        QJsonArray checks;
        const auto findChecks = [&](const QJsonObject &o, auto &&self) -> void {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("checks") && it.value().isArray())
                    checks = it.value().toArray();
                else if (it.value().isObject())
                    self(it.value().toObject(), self);
            }
        };
        findChecks(doc, findChecks);
        QCOMPARE(checks.size(), qsizetype(result.checks.size()));
        int jsonFails = 0;
        bool seenSeed = false;
        for (const QJsonValue &v : checks) {
            const QJsonObject c = v.toObject();
            jsonFails += c.value(QStringLiteral("status")).toString() == QLatin1String("fail");
            if (c.value(QStringLiteral("id")).toString() == QLatin1String("seed.locations.audit")) {
                seenSeed = true;
                QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
                QCOMPARE(c.value(QStringLiteral("actual")).toString(), QString::number(nulls));
            }
        }
        QVERIFY(seenSeed);
        QCOMPARE(jsonFails, result.count(CheckResult::Status::Fail));

        exported.clear();
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        view.exportTo(csv);
        QVERIFY(exported.wait(kTimeout));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cf.readAll());
        QVERIFY(text.startsWith(
            QStringLiteral("id,category,name,status,expected,actual,reason,duration_ms,sql")));
        QVERIFY(text.contains(QStringLiteral("seed.locations.audit,Seed,")));
        int fails = 0;
        for (const CheckResult &c : result.checks)
            QVERIFY2(text.contains(c.id + QLatin1Char(',')), qPrintable(c.id));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("seed.")) && line.contains(QLatin1String(",fail,")))
                ++fails;
        }
        QCOMPARE(fails, 1);

        // PDF through the report library (gma_report).
        exported.clear();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        view.exportTo(pdf);
        QVERIFY(exported.wait(kTimeout));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QVERIFY(pf.read(5) == QByteArray("%PDF-"));
        QVERIFY(pf.size() > 1000);

        // A file name without a known extension is refused with a sentence.
        exported.clear();
        view.exportTo(dir.filePath(QStringLiteral("report.txt")));
        QCOMPARE(exported.count(), 1);
        QVERIFY(!exported.first().at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("report.txt"))));
    }

    // Help > User Guide opens the bundled walkthrough, rendered from Markdown, with its headings.
    void userGuideOpensFromTheHelpMenu()
    {
        MainWindow w;
        w.show();
        QAction *guide = w.findChild<QAction *>(QStringLiteral("userGuideAction"));
        QVERIFY(guide);
        guide->trigger();
        help::UserGuideWindow *window = help::window();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList headings;
        for (QTextBlock b = window->browser()->document()->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                headings << b.text();
        }
        for (const QString &expected :
             {QStringLiteral("1. Pre-migration checklist"), QStringLiteral("2. Step 1: the schema migrations (0003)"),
              QStringLiteral("3. Step 2: the data migrations (0004)"), QStringLiteral("4. Step 3: verification"),
              QStringLiteral("5. Rollback to 0002"), QStringLiteral("7. Troubleshooting"),
              QStringLiteral("8. Preflight findings"), QStringLiteral("9. Validation checks")})
            QVERIFY2(headings.contains(expected), qPrintable(headings.join(QLatin1Char('|'))));
        // The anchor markup is consumed, not shown.
        const QString text = window->browser()->toPlainText();
        QVERIFY(!text.contains(QLatin1String("{#")));
        QVERIFY(!text.contains(QLatin1String("<a id")));
        QVERIFY(showsAnchor(window, QStringLiteral("overview")));
        screenshot(window, QStringLiteral("user-guide.png"));
        // An anchor the guide lacks is refused.
        QVERIFY(!window->showAnchor(QStringLiteral("no-such-anchor")));
        window->close();
    }

    // Every finding code and check the engine can produce, and every link inside the guide, has
    // its anchor on a heading of the guide.
    void everyFindingAndCheckIsExplained_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("firstStep");
        QTest::newRow("en") << QLocale(QLocale::English) << QStringLiteral("1. Pre-migration checklist");
        QTest::newRow("de") << QLocale(QLocale::German) << QStringLiteral("1. Checkliste vor der Migration");
    }

    void everyFindingAndCheckIsExplained()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, firstStep);
        QTextDocument document;
        help::loadGuide(&document, locale);
        QVERIFY2(document.toPlainText().contains(firstStep), "the guide in the locale's language");
        const QStringList anchors = help::anchorNames(&document);
        // The translation has the English guide's anchors, in the same order.
        QTextDocument english;
        help::loadGuide(&english, QLocale(QLocale::English));
        QCOMPARE(anchors, help::anchorNames(&english));
        QStringList wanted;
        for (const QString &id : Preflight::checkIds())
            wanted << help::findingAnchor(id);
        QVERIFY(wanted.size() >= 7);
        const QList<Validation::Check> checks = Validation::checkTable();
        QVERIFY(checks.size() >= 10);
        for (const Validation::Check &c : checks)
            wanted << help::checkAnchor(c.id);
        for (const QString &anchor : std::as_const(wanted)) {
            QVERIFY2(anchors.contains(anchor), qPrintable(anchor));
            QVERIFY2(anchorBlock(&document, anchor).blockFormat().headingLevel() > 0, qPrintable(anchor));
        }
        // Links inside the guide point at anchors it has.
        for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QString href = it.fragment().charFormat().anchorHref();
                if (href.startsWith(QLatin1Char('#')))
                    QVERIFY2(anchors.contains(href.mid(1)), qPrintable(href));
            }
        }
    }

    // A preflight finding's check name is a link: a click opens the guide at its explanation.
    void findingLinkOpensTheGuideAtItsAnchor()
    {
        TestDatabase t(QStringLiteral("guihelp"));
        QVERIFY(t.buildDemo(60));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET name = repeat('x', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        QString message;
        const auto state = MigrationState::read(t.db(), &message);
        QVERIFY2(state, qPrintable(message));
        PlanError planError;
        const auto plan = Planner::migrate(catalogue, *state, QStringLiteral("items"), QString(), &planError);
        QVERIFY2(plan, qPrintable(planError.message));

        Session session;
        ConnectError err;
        QVERIFY2(openSession(session, t.settings(), &err), qPrintable(err.message));
        AnalysisPane pane;
        pane.resize(1000, 600);
        static_cast<QWidget &>(pane).show();
        QSignalSpy analysed(&pane, &AnalysisPane::analysed);
        pane.analyse(session.treeWorker(), catalogue, *state, *plan, QStringLiteral("migrate items"));
        QVERIFY(analysed.wait(kTimeout));
        QTreeWidget *tree = pane.findingsTree();
        QTreeWidgetItem *finding = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1) == QLatin1String("value-too-long"))
                finding = tree->topLevelItem(i);
        }
        QVERIFY2(finding, "no value-too-long finding");
        QVERIFY(finding->font(1).underline());
        screenshot(&pane, QStringLiteral("analysis-links.png"));
        tree->scrollToItem(finding);
        const QRect rect = tree->visualItemRect(finding);
        const int x = tree->header()->sectionPosition(1) + 5;
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(x, rect.center().y()));
        QVERIFY(help::window() && help::window()->isVisible());
        QCOMPARE(help::window()->currentAnchor(), QStringLiteral("finding-value-too-long"));
        QVERIFY(showsAnchor(help::window(), QStringLiteral("finding-value-too-long")));
        QVERIFY(!showsAnchor(help::window(), QStringLiteral("checklist")));
        screenshot(help::window(), QStringLiteral("user-guide-finding.png"));
        // A click on the message itself opens nothing new.
        help::window()->showAnchor(QString());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(20, rect.center().y()));
        QCOMPARE(help::window()->currentAnchor(), QString());
        help::window()->close();
    }

    void backupsTakeVerifyRestore()
    {
        TestDatabase t(QStringLiteral("guibackup"));
        QVERIFY(t.buildDemo(120));
        QVERIFY(t.migrate().ok());
        Session session;
        ConnectError err;
        QVERIFY(openSession(session, t.settings(), &err));
        QTemporaryDir dir;
        BackupsView view(&session);
        view.resize(1280, 560);
        view.setBackupDirectory(dir.path());
        QSignalSpy listed(&view, &BackupsView::listed);
        QVERIFY(listed.wait(kTimeout));
        QCOMPARE(view.model()->rowCount(), 0);

        QSignalSpy taken(&view, &BackupsView::backupFinished);
        view.takeBackup();
        QVERIFY(view.isBusy());
        QVERIFY(taken.wait(kTimeout));
        const BackupResult result = taken.first().first().value<BackupResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.record.path.startsWith(dir.path()));
        QVERIFY(QFile::exists(result.record.path));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups WHERE path = ?"),
                         {result.record.path}),
                 qint64(1));
        listed.clear();
        QVERIFY(listed.wait(kTimeout));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->backups().first().path, result.record.path);
        QCOMPARE(view.model()->backups().first().id,
                 t.count(QStringLiteral("SELECT id FROM gma_migrator.backups WHERE path = ?"),
                         {result.record.path}));

        QSignalSpy verified(&view, &BackupsView::verifyFinished);
        const qint64 id = view.model()->backups().first().id;
        view.verify(id);
        QVERIFY(verified.wait(kTimeout));
        QVERIFY2(verified.first().first().value<VerifyResult>().ok,
                 qPrintable(verified.first().first().value<VerifyResult>().error));
        QVERIFY(t.scalar(QStringLiteral("SELECT verified FROM gma_migrator.backups WHERE id = ?"), {id})
                    .toBool());

        // Restore into a new database the user names; its rows equal the source's.
        const QString target = t.name() + QStringLiteral("_restored");
        QSignalSpy restored(&view, &BackupsView::restoreFinished);
        view.restore(id, target, false);
        QVERIFY(restored.wait(kTimeout));
        const RestoreResult rr = restored.first().first().value<RestoreResult>();
        QVERIFY2(rr.ok(), qPrintable(rr.error));
        {
            ConnectError terr;
            const QString name = Database::uniqueName(QStringLiteral("guirestored"));
            auto tdb = Database::open(clusterSettings(target), name, &terr);
            QVERIFY2(tdb, qPrintable(terr.message));
            QCOMPARE(sql::scalar(*tdb, QStringLiteral("SELECT count(*) FROM items_item")).toLongLong(),
                     t.count(QStringLiteral("SELECT count(*) FROM items_item")));
            tdb.reset();
            Database::close(name);
        }
        QVERIFY(t.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(sql::quoteIdent(target))));
        QVERIFY(QTest::qWaitFor([&] { return !view.isBusy(); }, kTimeout));

        // A second backup at another migration state: the catalogue shows each one's state.
        QVERIFY(t.rollback().ok());
        taken.clear();
        listed.clear();
        view.takeBackup();
        QVERIFY(taken.wait(kTimeout));
        QVERIFY(taken.first().first().value<BackupResult>().ok());
        QVERIFY(listed.wait(kTimeout));
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups")), qint64(2));
        for (const BackupRecord &b : view.model()->backups()) {
            const QString latest =
                t.scalar(QStringLiteral("SELECT max(left(e->>'name', 4)) FROM gma_migrator.backups, "
                                        "jsonb_array_elements(migration_state) e WHERE id = ? "
                                        "AND e->>'app' = 'items'"),
                         {b.id})
                    .toString();
            QCOMPARE(BackupTableModel::stateSummary(b), QStringLiteral("all at %1").arg(latest));
        }
        screenshot(&view, QStringLiteral("backups.png"));
        // The restore dialog refuses the connected database unless "Replace" is ticked.
        RestoreDialog dialog(view.model()->backups().first(), t.name(), &view);
        QVERIFY(dialog.findChild<QLineEdit *>());
        dialog.findChild<QLineEdit *>()->setText(t.name());
        QPushButton *ok = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Restore"))
                ok = b;
        }
        QVERIFY(ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.targetDatabase(), t.name());
        QVERIFY(dialog.clean());
        screenshot(&dialog, QStringLiteral("restore-dialog.png"));
    }
};

QTEST_MAIN(TestGuiViews)
#include "test_gui_views.moc"
