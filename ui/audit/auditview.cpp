#include "auditview.h"
#include "recordtable.h"

#include "auditsummarywidget.h"
#include "audittablemodel.h"
#include "dbworker.h"
#include "locks.h"
#include "strategy.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

constexpr int kChoiceLimit = 20000;

struct Choices
{
    QList<AuditChoice> campaigns, users;
};

void fillCombo(QComboBox *combo, const QString &allLabel, const QList<AuditChoice> &choices)
{
    const qint64 previous = combo->currentData().toLongLong();
    // One model built up front: far cheaper than thousands of addItem() calls.
    auto *model = new QStandardItemModel(int(choices.size()) + 1, 1, combo);
    auto *all = new QStandardItem(allLabel);
    all->setData(qint64(0), Qt::UserRole);
    model->setItem(0, all);
    int select = 0;
    for (int i = 0; i < choices.size(); ++i) {
        auto *item = new QStandardItem(choices.at(i).label);
        item->setData(choices.at(i).id, Qt::UserRole);
        item->setToolTip(QObject::tr("id %1").arg(choices.at(i).id));
        model->setItem(i + 1, item);
        if (choices.at(i).id == previous)
            select = i + 1;
    }
    // setModel() deletes the previous model, which the combo owns.
    const QSignalBlocker block(combo);
    combo->setModel(model);
    combo->setCurrentIndex(select);
}

QComboBox *makeChoiceCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(18);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMaxVisibleItems(20);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

bool selectId(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id, Qt::UserRole);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

} // namespace

AuditView::AuditView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(session->dataWorker()),
      m_model(new AuditTableModel(m_worker, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(makeFilterBar());
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff6dd; color: #5c4400; padding: 6px; "
                                           "border: 1px solid #e8d28c; border-radius: 3px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    makeTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(makeSummaryBox());
    connectSignals();
    if (m_session->isConnected())
        onConnected();
    else
        onDisconnected();
}

QHBoxLayout *AuditView::makeFilterBar()
{
    m_tabs = new QTabBar(this);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (const strategy::Model &model : strategy::models()) {
        const int i = m_tabs->addTab(model.qualifiedName());
        m_tabs->setTabData(i, model.table);
        m_tabs->setTabToolTip(i, tr("Table %1").arg(model.table));
    }

    auto *filters = new QHBoxLayout;
    m_onlyMissing = new QCheckBox(tr("Only rows missing audit fields"), this);
    m_onlyMissing->setToolTip(tr("Rows where created_by, modified_by, created_at or updated_at is NULL"));
    m_campaign = makeChoiceCombo(this);
    m_campaign->setToolTip(tr("Only rows of this campaign"));
    m_user = makeChoiceCombo(this);
    m_user->setToolTip(tr("Only rows this user created or modified"));
    fillCombo(m_campaign, tr("All campaigns"), {});
    fillCombo(m_user, tr("All users"), {});
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Read the rows and the figures again"));
    m_count = new QLabel(this);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    filters->addWidget(m_tabs);
    filters->addSpacing(12);
    filters->addWidget(m_onlyMissing);
    filters->addSpacing(8);
    filters->addWidget(campaignLabel);
    filters->addWidget(m_campaign);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(m_refresh);
    return filters;
}

void AuditView::makeTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AuditTableModel::NameColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(AuditTableModel::IdColumn, digit * 10);
    m_table->setColumnWidth(AuditTableModel::CreatedByColumn, digit * 18);
    m_table->setColumnWidth(AuditTableModel::ModifiedByColumn, digit * 18);
    m_table->setColumnWidth(AuditTableModel::CreatedAtColumn, digit * 21);
    m_table->setColumnWidth(AuditTableModel::UpdatedAtColumn, digit * 21);
    m_table->setSortingEnabled(true);
    header->setSortIndicator(AuditTableModel::IdColumn, Qt::AscendingOrder);
}

QGroupBox *AuditView::makeSummaryBox()
{
    auto *summaryBox = new QGroupBox(tr("Audit field population (share of rows with a value)"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    auto *summaryBar = new QHBoxLayout;
    m_summaryState = new QLabel(summaryBox);
    m_baselineButton = new QPushButton(tr("Set as baseline"), summaryBox);
    m_baselineButton->setToolTip(
        tr("Take the current figures as the baseline to compare with (e.g. before a run)"));
    summaryBar->addWidget(m_summaryState, 1);
    summaryBar->addWidget(m_baselineButton);
    m_summary = new AuditSummaryWidget(summaryBox);
    // Late rows: inserted after the data step without audit users (scripts, bulk imports).
    auto *lateBar = new QHBoxLayout;
    m_late = new QLabel(summaryBox);
    m_late->setObjectName(QStringLiteral("lateRowsLabel"));
    m_late->setWordWrap(true);
    m_late->hide();
    m_fillLate = new QPushButton(tr("Fill Late Rows…"), summaryBox);
    m_fillLate->setObjectName(QStringLiteral("fillLateRowsButton"));
    m_fillLate->setToolTip(tr("Fill the late rows' audit users the way the data step did (batched, recorded, "
                              "so that a rollback of the data step sets them back)"));
    m_fillLate->hide();
    lateBar->addWidget(m_late, 1);
    lateBar->addWidget(m_fillLate, 0, Qt::AlignTop);
    summaryLayout->addLayout(summaryBar);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addLayout(lateBar);
    return summaryBox;
}

void AuditView::connectSignals()
{
    QHeaderView *header = m_table->horizontalHeader();
    connect(m_tabs, &QTabBar::currentChanged, this, [this] { applyQuery(); });
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this] { applyQuery(); });
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] { applyQuery(); });
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] { applyQuery(); });
    connect(m_refresh, &QPushButton::clicked, this, &AuditView::refresh);
    connect(m_baselineButton, &QPushButton::clicked, this, &AuditView::setBaseline);
    connect(m_fillLate, &QPushButton::clicked, this, [this] {
        QList<LateRows> late;
        for (const ModelAudit &m : std::as_const(m_current)) {
            if (m.late.found())
                late << m.late;
        }
        if (!late.isEmpty())
            emit fillLateRowsRequested(late);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (m_applying)
            return;
        if (!AuditTableModel::sortable(column, m_model->columns())) {
            // Not a column of this table yet: keep showing the order actually used.
            QMetaObject::invokeMethod(
                this, [this] { applyQuery(); }, Qt::QueuedConnection);
        }
    });
    connect(m_model, &AuditTableModel::totalChanged, this, &AuditView::updateCount);
    connect(m_model, &AuditTableModel::pageLoaded, this, &AuditView::updateCount);
    connect(m_model, &AuditTableModel::loadingChanged, this, &AuditView::updateCount);
    connect(m_model, &AuditTableModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });

    connect(m_session, &Session::connected, this, &AuditView::onConnected);
    connect(m_session, &Session::disconnected, this, &AuditView::onDisconnected);
    connect(m_session, &Session::stateChanged, this, [this] {
        loadColumnsAndRows();
        loadSummary(false);
    });
}

AuditView::~AuditView() = default;

void AuditView::onConnected()
{
    m_baseline.clear();
    m_current.clear();
    m_error->hide();
    setEnabled(true);
    loadChoices();
    loadColumnsAndRows();
    loadSummary(true);
}

void AuditView::onDisconnected()
{
    ++m_generation;
    for (const char *kind : {"audit.choices", "audit.columns", "audit.summary"})
        m_worker->cancel(QString::fromLatin1(kind));
    m_model->clear();
    m_columnSets.clear();
    m_baseline.clear();
    m_current.clear();
    m_summary->clear();
    m_summaryState->setText(tr("Not connected."));
    m_late->clear();
    m_late->hide();
    m_fillLate->hide();
    m_notice->hide();
    m_error->hide();
    updateCount();
}

void AuditView::refresh()
{
    if (!m_session->isConnected())
        return;
    m_error->hide();
    loadChoices();
    loadColumnsAndRows();
    loadSummary(false);
}

void AuditView::setBaseline()
{
    if (m_session->isConnected())
        loadSummary(true);
}

void AuditView::loadChoices()
{
    const quint64 generation = m_generation;
    m_worker->run<Choices>(
        this, QStringLiteral("audit.choices"),
        [](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            Choices c;
            c.campaigns = AuditBrowser::campaigns(db, kChoiceLimit, error);
            if (error->isEmpty())
                c.users = AuditBrowser::users(db, kChoiceLimit, error);
            return c;
        },
        [this, generation](const Choices &c, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                m_error->setText(error);
                m_error->show();
            }
            fillCombo(m_campaign, tr("All campaigns"), c.campaigns);
            fillCombo(m_user, tr("All users"), c.users);
            emit choicesLoaded();
        });
}

void AuditView::loadColumnsAndRows()
{
    const quint64 generation = m_generation;
    m_worker->run<QHash<QString, AuditColumnSet>>(
        this, QStringLiteral("audit.columns"),
        [](QSqlDatabase &db, QString *) {
            ReadGuard guard(db);
            QHash<QString, AuditColumnSet> sets;
            for (const QString &table : strategy::modelTables())
                sets.insert(table, AuditBrowser::columns(db, table));
            return sets;
        },
        [this, generation](const QHash<QString, AuditColumnSet> &sets, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                m_error->setText(error);
                m_error->show();
                return;
            }
            m_columnSets = sets;
            applyQuery();
        });
}

void AuditView::loadSummary(bool asBaseline)
{
    const quint64 generation = m_generation;
    m_summaryLoading = true;
    m_summaryState->setText(tr("Counting…"));
    m_baselineButton->setEnabled(false);
    m_worker->run<QList<ModelAudit>>(
        this, QStringLiteral("audit.summary"),
        [](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            return Audit::collect(db, error);
        },
        [this, generation, asBaseline](const QList<ModelAudit> &figures, const QString &error) {
            if (generation != m_generation)
                return;
            m_summaryLoading = false;
            m_baselineButton->setEnabled(true);
            if (!error.isEmpty()) {
                m_summaryState->setText(error);
                return;
            }
            const QDateTime now = QDateTime::currentDateTime();
            if (asBaseline || m_baseline.isEmpty()) {
                m_baseline = figures;
                m_baselineTime = now;
            }
            m_current = figures;
            m_currentTime = now;
            m_summary->setSnapshots(m_baseline, m_baselineTime, m_current, m_currentTime);
            const QString late = lateRowsText();
            m_late->setText(late);
            m_late->setVisible(!late.isEmpty());
            m_fillLate->setVisible(!late.isEmpty());
            const QLocale locale;
            m_summaryState->setText(tr("Baseline taken %1; figures read %2.")
                                        .arg(locale.toString(m_baselineTime, QLocale::ShortFormat),
                                             locale.toString(m_currentTime, QLocale::ShortFormat)));
            emit summaryUpdated();
        });
}

QString AuditView::lateRowsText() const
{
    QStringList lines;
    for (const ModelAudit &m : m_current) {
        if (m.late.found())
            lines << tr("%n row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step "
                        "%4 ran.",
                        nullptr, int(m.late.rows))
                         .arg(m.table)
                         .arg(m.late.noModifier)
                         .arg(m.late.newestId)
                         .arg(m.late.dataStep);
    }
    return lines.join(QLatin1Char('\n'));
}

AuditQuery AuditView::currentQuery() const
{
    AuditQuery q;
    q.table = m_tabs->tabData(m_tabs->currentIndex()).toString();
    const QHeaderView *header = m_table->horizontalHeader();
    switch (header->sortIndicatorSection()) {
    case AuditTableModel::NameColumn:
        q.sort = AuditSortColumn::Name;
        break;
    case AuditTableModel::CreatedByColumn:
        q.sort = AuditSortColumn::CreatedBy;
        break;
    case AuditTableModel::ModifiedByColumn:
        q.sort = AuditSortColumn::ModifiedBy;
        break;
    case AuditTableModel::CreatedAtColumn:
        q.sort = AuditSortColumn::CreatedAt;
        break;
    case AuditTableModel::UpdatedAtColumn:
        q.sort = AuditSortColumn::UpdatedAt;
        break;
    default:
        q.sort = AuditSortColumn::Id;
        break;
    }
    q.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    q.filter.onlyMissing = m_onlyMissing->isChecked();
    q.filter.campaignId = m_campaign->currentData().toLongLong();
    q.filter.userId = m_user->currentData().toLongLong();
    return q;
}

void AuditView::applyQuery()
{
    if (!m_session->isConnected() || m_columnSets.isEmpty())
        return;
    const AuditQuery q = currentQuery();
    const AuditColumnSet columns = m_columnSets.value(q.table);
    m_error->hide();
    m_model->setQuery(q, columns);
    // Show the order actually used (a missing column falls back to the id).
    m_applying = true;
    const AuditQuery &used = m_model->query();
    int section = AuditTableModel::IdColumn;
    switch (used.sort) {
    case AuditSortColumn::Name:
        section = AuditTableModel::NameColumn;
        break;
    case AuditSortColumn::CreatedBy:
        section = AuditTableModel::CreatedByColumn;
        break;
    case AuditSortColumn::ModifiedBy:
        section = AuditTableModel::ModifiedByColumn;
        break;
    case AuditSortColumn::CreatedAt:
        section = AuditTableModel::CreatedAtColumn;
        break;
    case AuditSortColumn::UpdatedAt:
        section = AuditTableModel::UpdatedAtColumn;
        break;
    case AuditSortColumn::Id:
        break;
    }
    m_table->horizontalHeader()->setSortIndicator(section,
                                                  used.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_applying = false;
    updateNotice();
    updateCount();
}

void AuditView::updateNotice()
{
    const AuditColumnSet &c = m_model->columns();
    const QString table = m_model->query().table;
    QString text;
    if (!c.tableExists)
        text = tr("This database has no table %1: it is not a GMA database, or the app was never migrated.")
                   .arg(table);
    else if (!c.any())
        text = tr("The audit columns of %1 do not exist yet (the schema step 0003 has not run): they show as "
                  "“—”, "
                  "and every row counts as missing its audit fields.")
                   .arg(table);
    else if (!c.all())
        text = tr("Some audit columns of %1 do not exist yet: they show as “—”.").arg(table);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void AuditView::updateCount()
{
    const QLocale locale;
    if (!m_session->isConnected()) {
        m_count->setText(tr("Not connected"));
        return;
    }
    const qint64 total = m_model->totalRows();
    const int loaded = m_model->rowCount();
    QString text;
    if (total < 0)
        text = tr("Counting…");
    else if (m_model->totalIsEstimate())
        text = tr("≈ %1 rows (estimate)").arg(locale.toString(total));
    else
        text = total == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(total));
    if (total < 0 || m_model->totalIsEstimate() || loaded < total)
        text += tr(" · %1 loaded").arg(locale.toString(loaded));
    if (m_model->isLoading())
        text += tr(" · loading…");
    m_count->setText(text);
    m_count->setToolTip(m_model->totalIsEstimate()
                            ? tr("Unfiltered counts come from the planner's statistics (pg_class.reltuples).")
                            : QString());
}

QString AuditView::currentModel() const
{
    return m_tabs->tabText(m_tabs->currentIndex());
}

bool AuditView::showModel(const QString &model)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == model) {
            if (m_tabs->currentIndex() == i)
                applyQuery();
            else
                m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void AuditView::setOnlyMissing(bool on)
{
    m_onlyMissing->setChecked(on);
}

bool AuditView::setCampaign(qint64 campaignId)
{
    return selectId(m_campaign, campaignId);
}

bool AuditView::setUser(qint64 userId)
{
    return selectId(m_user, userId);
}

QString AuditView::rowCountText() const
{
    return m_count->text();
}

QString AuditView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

} // namespace gma::ui
