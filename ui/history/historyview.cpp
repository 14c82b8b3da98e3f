#include "historyview.h"
#include "recordtable.h"

#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "session.h"

#include <QBrush>
#include <QColor>
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
    return outcome;
}

} // namespace

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const HistoryEntry &e = m_records.at(index.row());
    const bool failed = e.outcome == QLatin1String("failed");
    const bool cancelled = e.outcome == QLatin1String("cancelled");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return QLocale().toString(e.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case MigrationColumn:
            return e.key.label();
        case DirectionColumn:
            return e.direction == QLatin1String("backward") ? tr("↩ backward") : tr("→ forward");
        case DurationColumn:
            return duration(e.durationMs);
        case OutcomeColumn:
            return outcomeLabel(e.outcome);
        case RowsColumn:
            return QLocale().toString(e.rowsAffected);
        case UserColumn:
            return e.dbUser;
        case MessageColumn:
            return e.message.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case StartedColumn:
            return e.startedAt;
        case DurationColumn:
            return e.durationMs;
        case RowsColumn:
            return e.rowsAffected;
        case MessageColumn:
            return e.message;
        default:
            return data(index, Qt::DisplayRole);
        }
    case OutcomeRole:
        return e.outcome;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && !e.message.isEmpty())
            return e.message;
        if (index.column() == MigrationColumn)
            return tr("%1\nChecksum %2 · tool %3").arg(e.key.label(), e.checksum.left(12), e.toolVersion);
        return {};
    case Qt::BackgroundRole:
        if (failed)
            return QBrush(QColor(0xfd, 0xe4, 0xe1));
        if (cancelled)
            return QBrush(QColor(0xff, 0xf3, 0xd6));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn) {
            if (failed)
                return QBrush(QColor(0xb4, 0x23, 0x18));
            if (cancelled)
                return QBrush(QColor(0x8a, 0x5a, 0x00));
            return QBrush(QColor(0x1e, 0x6b, 0x2a));
        }
        if (failed)
            return QBrush(QColor(0x5c, 0x12, 0x0c));
        return {};
    case Qt::FontRole:
        if (index.column() == OutcomeColumn && (failed || cancelled)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == RowsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case MigrationColumn:
        return tr("Migration");
    case DirectionColumn:
        return tr("Direction");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case RowsColumn:
        return tr("Rows");
    case UserColumn:
        return tr("Database user");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
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

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = makeRecordTable(m_proxy, splitter,
                              {{HistoryModel::StartedColumn, 20},
                               {HistoryModel::MigrationColumn, 56},
                               {HistoryModel::DirectionColumn, 11},
                               {HistoryModel::DurationColumn, 11},
                               {HistoryModel::OutcomeColumn, 11},
                               {HistoryModel::RowsColumn, 11},
                               {HistoryModel::UserColumn, 13}});
    m_table->sortByColumn(HistoryModel::StartedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QPlainTextEdit(splitter);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a run to see its full message."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 120});
    layout->addWidget(splitter, 1);

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
