#include "historyview.h"
#include "recordtable.h"

#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "session.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

constexpr int kHistoryLimit = 5000;

QString duration(qint64 ms)
{
    return format::duration(ms, QLocale());
}

QString outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("success"))
        return QObject::tr("Success");
    if (outcome == QLatin1String("failed"))
        return QObject::tr("Failed");
    if (outcome == QLatin1String("cancelled"))
        return QObject::tr("Cancelled");
    if (outcome == QLatin1String("faked"))
        return QObject::tr("Recorded without running (fake)");
    return outcome;
}

} // namespace

QStringList HistoryModel::headers() const
{
    return {tr("Started"),  tr("Migration"), tr("Direction"),     tr("Duration"),
            tr("Outcome"),  tr("Rows"),      tr("Database user"), tr("Run by"), tr("Message")};
}

QVariant HistoryModel::display(int row, int column) const
{
    const HistoryEntry &e = m_records.at(row);
    const QLocale locale;
    return QVariantList{locale.toString(e.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        e.key.label(),
                        e.direction == QLatin1String("backward") ? tr("↩ backward") : tr("→ forward"),
                        duration(e.durationMs), outcomeLabel(e.outcome), locale.toString(e.rowsAffected),
                        e.dbUser, e.osUserAtHost(), e.message.section(QLatin1Char('\n'), 0, 0)}
        .value(column);
}

QVariant HistoryModel::sortKey(int row, int column) const
{
    const HistoryEntry &e = m_records.at(row);
    return QVariantList{e.startedAt, {}, {}, e.durationMs, {}, e.rowsAffected, {}, {}, e.message}.value(column);
}

QString HistoryModel::toolTip(int row, int column) const
{
    const HistoryEntry &e = m_records.at(row);
    if (column == MessageColumn)
        return e.message;
    if (column == MigrationColumn)
        return tr("%1\nChecksum %2 · tool %3").arg(e.key.label(), e.checksum.left(12), e.toolVersion);
    if (column == RunByColumn)
        return tr("Operating-system user %1 on host %2, GMA Migrator %3")
            .arg(e.osUser.isEmpty() ? tr("(not recorded)") : e.osUser,
                 e.host.isEmpty() ? tr("(not recorded)") : e.host, e.toolVersion);
    return {};
}

RecordTone HistoryModel::rowTone(int row) const
{
    const QString &outcome = m_records.at(row).outcome;
    if (outcome == QLatin1String("failed"))
        return RecordTone::Bad;
    if (outcome == QLatin1String("cancelled"))
        return RecordTone::Warn;
    return RecordTone::Normal;
}

bool HistoryModel::isNumeric(int column) const
{
    return column == DurationColumn || column == RowsColumn;
}

QVariant HistoryModel::extra(int row, int, int role) const
{
    return role == OutcomeRole ? QVariant(m_records.at(row).outcome) : QVariant();
}

HistoryView::HistoryView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(session->dataWorker()),
      m_model(new HistoryModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setFilterRole(HistoryModel::OutcomeRole);
    m_proxy->setFilterKeyColumn(HistoryModel::OutcomeColumn);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("All runs"), QString());
    m_outcome->addItem(tr("Failed"), QStringLiteral("failed"));
    m_outcome->addItem(tr("Cancelled"), QStringLiteral("cancelled"));
    m_outcome->addItem(tr("Successful"), QStringLiteral("success"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_outcome);
    m_summary = new QLabel(this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    bar->addWidget(showLabel);
    bar->addWidget(m_outcome);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_table = makeRecordTable(m_proxy, this, {20, 56, 11, 11, 11, 11, 13, 20});
    m_table->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a run to see its full message."));
    layout->addWidget(makeDetailsSplitter(this, m_table, m_details, 4, {480, 120}), 1);

    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { setOutcomeFilter(m_outcome->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &HistoryView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateDetails);
    connect(m_session, &Session::connected, this, &HistoryView::refresh);
    connect(m_session, &Session::disconnected, this, [this] {
        ++m_generation;
        m_model->setRecords({});
        m_summary->setText(tr("Not connected."));
        m_details->clear();
    });
    connect(m_session, &Session::stateChanged, this, &HistoryView::refresh);
    if (m_session->isConnected()) {
        refresh();
    } else {
        m_summary->setText(tr("Not connected."));
    }
}

HistoryView::~HistoryView() = default;

void HistoryView::refresh()
{
    if (!m_session->isConnected())
        return;
    const quint64 generation = ++m_generation;
    m_summary->setText(tr("Reading the history…"));
    m_worker->run<QList<HistoryEntry>>(
        this, QStringLiteral("history.list"),
        [](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            return ToolSchema::history(db, kHistoryLimit, error);
        },
        [this, generation](const QList<HistoryEntry> &entries, const QString &error) {
            if (generation != m_generation)
                return;
            m_error->setVisible(!error.isEmpty());
            m_error->setText(error);
            m_model->setRecords(entries);
            int failed = 0, cancelled = 0;
            for (const HistoryEntry &e : entries) {
                failed += e.outcome == QLatin1String("failed");
                cancelled += e.outcome == QLatin1String("cancelled");
            }
            QString text;
            if (entries.isEmpty()) {
                text = tr("No runs recorded yet in this database.");
            } else {
                const HistoryEntry &last = entries.first();
                text = entries.size() == 1 ? tr("1 run") : tr("%1 runs").arg(entries.size());
                if (failed)
                    text += tr(" · %1 failed").arg(failed);
                if (cancelled)
                    text += tr(" · %1 cancelled").arg(cancelled);
                text += tr(" · last: %1 %2, %3")
                            .arg(last.key.label(),
                                 QLocale().toString(last.startedAt.toLocalTime(), QLocale::ShortFormat),
                                 outcomeLabel(last.outcome).toLower());
            }
            m_summary->setText(text);
            updateDetails();
            emit loaded();
        });
}

void HistoryView::setOutcomeFilter(const QString &outcome)
{
    const int i = m_outcome->findData(outcome);
    if (i >= 0 && i != m_outcome->currentIndex()) {
        m_outcome->setCurrentIndex(i); // comes back here through the signal
        return;
    }
    m_proxy->setFilterRegularExpression(
        outcome.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(outcome)));
}

QString HistoryView::summaryText() const
{
    return m_summary->text();
}

void HistoryView::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const HistoryEntry &e = m_model->records().at(current.row());
    const QLocale locale;
    QString text =
        tr("%1 %2 — %3, started %4 by %5, took %6, %7 rows; checksum %8; tool %9")
            .arg(e.key.label(), e.direction, outcomeLabel(e.outcome),
                 locale.toString(e.startedAt.toLocalTime(), QLocale::LongFormat), e.dbUser,
                 duration(e.durationMs), locale.toString(e.rowsAffected), e.checksum.left(16), e.toolVersion);
    if (!e.message.isEmpty())
        text += QStringLiteral("\n\n") + e.message;
    m_details->setPlainText(text);
}

} // namespace gma::ui
