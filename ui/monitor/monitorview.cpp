#include "monitorview.h"

#include "dbworker.h"
#include "format.h"
#include "session.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

namespace gma::ui {

namespace {

QString metricLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("seq_scan"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Sequential scans")},
        {QStringLiteral("idx_scan"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Index scans")},
        {QStringLiteral("new_index_scans"),
         QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Scans of the migration's indexes")},
        {QStringLiteral("n_live_tup"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Live rows")},
        {QStringLiteral("n_dead_tup"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Dead rows")},
        {QStringLiteral("n_tup_ins"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Rows inserted")},
        {QStringLiteral("n_tup_upd"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Rows updated")},
        {QStringLiteral("total_bytes"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Table size (with indexes)")},
        {QStringLiteral("statement_calls"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Statement calls")},
        {QStringLiteral("mean_exec_ms"), QT_TRANSLATE_NOOP("gma::ui::MonitorModel", "Mean statement time")},
    };
    const char *label = labels.value(key);
    return label ? QCoreApplication::translate("gma::ui::MonitorModel", label) : key;
}

QString figure(const MonitorRow &row, double value, bool change)
{
    const QLocale locale;
    QString text;
    if (row.unit == QLatin1String("bytes"))
        text = format::bytes(qint64(std::abs(value)), locale);
    else if (row.unit == QLatin1String("ms"))
        text = QObject::tr("%1 ms").arg(locale.toString(std::abs(value), 'f', 3));
    else
        text = locale.toString(qint64(std::abs(value)));
    if (change)
        return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + text;
    return value < 0 ? QStringLiteral("−") + text : text;
}

QString share(qint64 part, qint64 whole, double ratio)
{
    const QLocale locale;
    return QObject::tr("%1 of %2 (%3 %)")
        .arg(locale.toString(part), locale.toString(whole), locale.toString(100.0 * ratio, 'f', 1));
}

} // namespace

QStringList MonitorModel::headers() const
{
    return {tr("Table"), tr("Figure"), tr("Before"), tr("Now"), tr("Change")};
}

QVariant MonitorModel::display(int row, int column) const
{
    const MonitorRow &r = m_records.at(row);
    switch (column) {
    case TableColumn:
        return r.table;
    case FigureColumn:
        return metricLabel(r.key);
    case BeforeColumn:
        return r.hasBefore ? figure(r, r.before, false) : QStringLiteral("—");
    case NowColumn:
        return figure(r, r.now, false);
    case ChangeColumn:
        return r.hasBefore ? figure(r, r.delta(), true) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant MonitorModel::sortKey(int row, int column) const
{
    const MonitorRow &r = m_records.at(row);
    return QVariantList{r.table, {}, r.before, r.now, r.delta()}.value(column);
}

bool MonitorModel::isNumeric(int column) const
{
    return column == BeforeColumn || column == NowColumn || column == ChangeColumn;
}

QStringList MonitorIndexModel::headers() const
{
    return {tr("Table"), tr("Index"), tr("Scans"), tr("Change"), tr("Size"), tr("Added by the migration")};
}

QVariant MonitorIndexModel::display(int row, int column) const
{
    const MonitorIndexRow &r = m_records.at(row);
    const QLocale locale;
    switch (column) {
    case TableColumn:
        return r.table;
    case IndexColumn:
        return r.index.name;
    case ScansColumn:
        return locale.toString(r.index.scans);
    case ChangeColumn:
        return r.scansBefore ? QStringLiteral("+") + locale.toString(r.index.scans - *r.scansBefore)
                             : QStringLiteral("—");
    case SizeColumn:
        return format::bytes(r.index.sizeBytes, locale);
    case AddedColumn:
        return r.index.addedByMigration ? tr("yes") : QString();
    default:
        return {};
    }
}

QVariant MonitorIndexModel::sortKey(int row, int column) const
{
    const MonitorIndexRow &r = m_records.at(row);
    return QVariantList{r.table, r.index.name, r.index.scans, r.scansBefore ? r.index.scans - *r.scansBefore : -1,
                        r.index.sizeBytes, r.index.addedByMigration}
        .value(column);
}

RecordTone MonitorIndexModel::cellTone(int row, int column) const
{
    // The migration's index that nothing has used yet.
    const MonitorIndexRow &r = m_records.at(row);
    if (column == AddedColumn && r.index.addedByMigration)
        return r.index.scans > 0 ? RecordTone::Good : RecordTone::Warn;
    return RecordTone::Normal;
}

bool MonitorIndexModel::isNumeric(int column) const
{
    return column == ScansColumn || column == ChangeColumn || column == SizeColumn;
}

MonitorView::MonitorView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new MonitorModel(this)),
      m_indexModel(new MonitorIndexModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_baseline = new QPushButton(tr("&Take Baseline"), this);
    m_baseline->setToolTip(tr("Store the figures now as the baseline that later readings are compared with "
                              "(one is taken before each run)"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_baseline);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_table = makeRecordTable(m_model, this, {24, 34, 14, 14, 14});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_indexes = makeRecordTable(m_indexModel, this, {24, 44, 10, 10, 10, 12});
    m_indexes->horizontalHeader()->setStretchLastSection(true);
    m_auditTrail = new QLabel(this);
    m_auditTrail->setWordWrap(true);
    m_auditTrail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_indexes, 1);
    lowerLayout->addWidget(m_auditTrail);
    layout->addWidget(makeDetailsSplitter(this, m_table, lower, 3, {360, 240}), 1);

    connect(m_refresh, &QPushButton::clicked, this, &MonitorView::refresh);
    connect(m_baseline, &QPushButton::clicked, this, &MonitorView::takeBaseline);
    connect(m_session, &Session::connected, this, &MonitorView::refresh);
    connect(m_session, &Session::stateChanged, this, &MonitorView::refresh);
    connect(m_session, &Session::disconnected, this, [this] {
        ++m_generation;
        m_model->setRecords({});
        m_indexModel->setRecords({});
        m_auditTrail->clear();
        m_summary->setText(tr("Not connected."));
    });
    if (m_session->isConnected())
        refresh();
    else
        m_summary->setText(tr("Not connected."));
}

MonitorView::~MonitorView() = default;

void MonitorView::refresh()
{
    if (!m_session->isConnected())
        return;
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Reading the statistics…"));
    m_session->dataWorker()->run<MonitorReading>(
        this, QStringLiteral("monitor.read"),
        [](QSqlDatabase &db, QString *error) {
            MonitorReading reading;
            reading.baseline = Monitor::latestBaseline(db, error);
            if (error->isEmpty())
                reading.now = Monitor::take(db, error);
            return reading;
        },
        [this, generation](const MonitorReading &reading, const QString &error) {
            if (generation == m_generation)
                present(reading, error);
        });
}

void MonitorView::takeBaseline()
{
    if (!m_session->isConnected())
        return;
    m_baseline->setEnabled(false);
    m_summary->setText(tr("Taking a baseline…"));
    m_session->dataWorker()->run<MonitorReading>(
        this, QStringLiteral("monitor.baseline"),
        [](QSqlDatabase &db, QString *error) {
            MonitorReading reading;
            reading.baseline = Monitor::takeBaseline(db, QLatin1String(Monitor::kByHand), error);
            if (reading.baseline)
                reading.now = *reading.baseline;
            return reading;
        },
        [this](const MonitorReading &, const QString &error) {
            m_baseline->setEnabled(true);
            if (!error.isEmpty()) {
                m_error->setText(error);
                m_error->setVisible(true);
                return;
            }
            refresh();
        });
}

void MonitorView::present(const MonitorReading &reading, const QString &error)
{
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    const MonitorSnapshot *before = reading.baseline ? &*reading.baseline : nullptr;
    QList<MonitorRow> rows;
    for (const MonitorRow &r : Monitor::compare(before, reading.now)) {
        if (!r.fromStatements || reading.now.statementsAvailable)
            rows << r;
    }
    m_model->setRecords(rows);

    QList<MonitorIndexRow> indexes;
    QStringList trail;
    for (const TableSnapshot &t : reading.now.tables) {
        const TableSnapshot *old = before ? before->find(t.table) : nullptr;
        for (const IndexSnapshot &i : t.indexes) {
            MonitorIndexRow row{t.table, i, std::nullopt};
            for (const IndexSnapshot &o : old ? old->indexes : QList<IndexSnapshot>()) {
                if (o.name == i.name)
                    row.scansBefore = o.scans;
            }
            indexes << row;
        }
        if (!t.exists)
            continue;
        const QString since = QLocale().toString(t.migratedAt.toLocalTime(), QLocale::ShortFormat);
        trail << (!t.migratedAt.isValid() ? tr("%1: not migrated yet.").arg(t.table)
                  : t.createdSince == 0 && t.modifiedSince == 0
                      ? tr("%1, since %2: no rows created or modified yet.").arg(t.table, since)
                      : tr("%1, since %2: created %3 with created by; modified %4 with modified by.")
                            .arg(t.table, since, share(t.createdWithUser, t.createdSince, Monitor::createdShare(t)),
                                 share(t.modifiedWithUser, t.modifiedSince, Monitor::modifiedShare(t))));
    }
    m_indexModel->setRecords(indexes);
    m_auditTrail->setText(tr("Audit trail since the migration:") + QLatin1Char('\n') + trail.join(QLatin1Char('\n')));

    const QString statements = reading.now.statementsAvailable
                                   ? tr("pg_stat_statements: installed.")
                               : reading.now.statementsStatus == QLatin1String("not installed")
                                   ? tr("pg_stat_statements: not installed (no statement times).")
                                   : tr("pg_stat_statements: %1.").arg(Monitor::statementsText(reading.now));
    if (!error.isEmpty())
        m_summary->setText(tr("The statistics could not be read."));
    else if (before)
        m_summary->setText(tr("Baseline of %1 (%2) beside now. %3")
                               .arg(QLocale().toString(before->takenAt.toLocalTime(), QLocale::ShortFormat),
                                    Monitor::reasonText(*before),
                                    statements));
    else
        m_summary->setText(tr("No baseline yet: one is taken before each run, or with Take Baseline. %1")
                               .arg(statements));
    emit loaded();
}

QString MonitorView::summaryText() const
{
    return m_summary->text();
}

QString MonitorView::auditTrailText() const
{
    return m_auditTrail->text();
}

} // namespace gma::ui
