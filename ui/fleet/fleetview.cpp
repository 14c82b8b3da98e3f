#include "fleetview.h"

#include "fleetreport.h"
#include "pdfreport.h"
#include "reportfile.h"

#include "dbworker.h"
#include "format.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOption>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

// The progress column: a bar while the target runs, the text otherwise.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int percent = index.data(FleetTableModel::ProgressRole).toInt();
        if (percent < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = percent;
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

// The outcome with a mark: ✔ success, ✘ for a target that failed, none otherwise.
QString outcomeLabel(FleetResult::Outcome outcome)
{
    const QString text = FleetResult::outcomeText(outcome);
    switch (outcome) {
    case FleetResult::Outcome::Success:
        return QStringLiteral("✔ ") + text;
    case FleetResult::Outcome::CheckFailed:
    case FleetResult::Outcome::Refused:
    case FleetResult::Outcome::Unreachable:
    case FleetResult::Outcome::Failed:
        return QStringLiteral("✘ ") + text;
    default:
        return text;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Model

void FleetTableModel::setTargets(const QList<FleetTarget> &targets)
{
    QList<FleetRow> rows;
    for (const FleetTarget &t : targets) {
        FleetRow r;
        r.target = t;
        r.result.label = t.label;
        r.result.database = t.settings.displayName();
        rows << r;
    }
    setRecords(rows);
}

void FleetTableModel::clearResults()
{
    QList<FleetTarget> targets;
    for (const FleetRow &r : std::as_const(m_records))
        targets << r.target;
    setTargets(targets);
}

void FleetTableModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetTableModel::targetStarted(int row, const QString &phase)
{
    if (row < 0 || row >= m_records.size())
        return;
    FleetRow &r = m_records[row];
    r.running = true;
    r.phase = phase;
    r.done = 0;
    r.total = 0;
    changed(row);
}

void FleetTableModel::targetProgress(int row, qint64 done, qint64 total)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row].done = done;
    m_records[row].total = total;
    changed(row);
}

void FleetTableModel::targetFinished(int row, const FleetResult &result)
{
    if (row < 0 || row >= m_records.size())
        return;
    FleetRow &r = m_records[row];
    r.running = false;
    r.ran = true;
    r.result = result;
    changed(row);
}

QStringList FleetTableModel::headers() const
{
    return {tr("Target"), tr("Database"), tr("Before"), tr("After"), tr("Progress"), tr("Outcome"), tr("Message")};
}

QVariant FleetTableModel::display(int row, int column) const
{
    const FleetRow &r = m_records.at(row);
    QString progress;
    if (r.running)
        progress = r.total > 0 ? tr("%1: %2 of %3 rows")
                                     .arg(FleetResult::phaseText(r.phase), QLocale().toString(r.done),
                                          QLocale().toString(r.total))
                               : tr("%1…").arg(FleetResult::phaseText(r.phase));
    else if (r.ran && r.result.outcome != FleetResult::Outcome::Unreachable &&
             r.result.outcome != FleetResult::Outcome::NotStarted)
        progress = format::duration(r.result.ms, QLocale()); // steps and rows are in the message
    return QVariantList{r.target.label,
                        r.result.database,
                        r.result.stateBefore.apps.isEmpty() ? QString() : r.result.stateBefore.summary(),
                        r.result.stateAfter.apps.isEmpty() ? QString() : r.result.stateAfter.summary(),
                        progress,
                        r.ran ? outcomeLabel(r.result.outcome) : QString(),
                        r.result.error.isEmpty() ? r.result.detail : r.result.error}
        .value(column);
}

QString FleetTableModel::toolTip(int row, int column) const
{
    const FleetRow &r = m_records.at(row);
    if (column == MessageColumn)
        return r.result.error.isEmpty() ? r.result.detail : r.result.error;
    if (column == TargetColumn)
        return tr("Line %1 of the targets file: %2\nDouble-click to open it alone.")
            .arg(r.target.line)
            .arg(r.target.spec);
    return {};
}

RecordTone FleetTableModel::rowTone(int row) const
{
    const FleetRow &r = m_records.at(row);
    if (!r.ran || r.result.ok())
        return RecordTone::Normal;
    return r.result.outcome == FleetResult::Outcome::NotStarted || r.result.outcome == FleetResult::Outcome::Cancelled
               ? RecordTone::Warn
               : RecordTone::Bad;
}

QVariant FleetTableModel::extra(int row, int column, int role) const
{
    const FleetRow &r = m_records.at(row);
    if (role == ProgressRole && column == ProgressColumn)
        return r.running ? int(r.total > 0 ? 100 * r.done / r.total : 0) : -1;
    return {};
}

// ---------------------------------------------------------------------------------------------
// View

FleetView::FleetView(const MigrationCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_worker(new DbWorker(QStringLiteral("fleet"), this)),
      m_model(new FleetTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_open = new QPushButton(tr("Open targets…"), this);
    m_open->setToolTip(tr("A text file with one database per line: a postgresql:// URI, a keyword string or "
                          "service=NAME, optionally preceded by LABEL:"));
    m_preflight = new QPushButton(tr("Preflight all"), this);
    m_migrate = new QPushButton(tr("Migrate"), this);
    m_rollback = new QPushButton(tr("Roll back"), this);
    m_validate = new QPushButton(tr("Validate all"), this);
    m_validate->setToolTip(tr("Run the validation checks on every target, for the fleet report"));
    m_report = new QPushButton(tr("Save Report…"), this);
    m_report->setToolTip(tr("The fleet validation report of the last Validate all: a summary, then each target's "
                            "report (HTML, PDF, CSV or JSON)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_parallel = new QSpinBox(this);
    m_parallel->setRange(1, 64);
    m_parallel->setValue(4);
    m_parallel->setToolTip(tr("Targets running at once"));
    m_canary = new QSpinBox(this);
    m_canary->setRange(0, 64);
    m_canary->setToolTip(tr("The first ready targets run alone first; the rest start only if they all succeed"));
    m_continue = new QCheckBox(tr("Continue on error"), this);
    m_continue->setToolTip(tr("Go on with the other targets when one fails its preflight or its run"));
    auto *parallelLabel = new QLabel(tr("&Parallel:"), this);
    parallelLabel->setBuddy(m_parallel);
    auto *canaryLabel = new QLabel(tr("Ca&naries:"), this);
    canaryLabel->setBuddy(m_canary);
    for (QWidget *w : std::initializer_list<QWidget *>{m_open, m_preflight, m_migrate, m_rollback, m_validate, m_report,
                                                          m_cancel})
        bar->addWidget(w);
    bar->addSpacing(12);
    for (QWidget *w : std::initializer_list<QWidget *>{parallelLabel, m_parallel, canaryLabel, m_canary, m_continue})
        bar->addWidget(w);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_file = new QLabel(tr("No targets file open."), this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_file);
    auto *statusBar = new QHBoxLayout;
    m_overall = new QProgressBar(this);
    m_overall->setMaximumWidth(260);
    m_overall->setFormat(tr("%v of %m targets"));
    m_overall->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    statusBar->addWidget(m_overall);
    statusBar->addWidget(m_status, 1);
    layout->addLayout(statusBar);

    m_table = makeRecordTable(m_model, this, {12, 34, 8, 8, 30, 16});
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(FleetTableModel::ProgressColumn, new ProgressDelegate(m_table));
    layout->addWidget(m_table, 1);

    connect(m_open, &QPushButton::clicked, this, &FleetView::openTargetsFile);
    connect(m_preflight, &QPushButton::clicked, this, [this] { confirmAndStart(FleetCommand::Preflight); });
    connect(m_migrate, &QPushButton::clicked, this, [this] { confirmAndStart(FleetCommand::Migrate); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { confirmAndStart(FleetCommand::Rollback); });
    connect(m_validate, &QPushButton::clicked, this, [this] { start(FleetCommand::Validate); });
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = askReportPath(
            this, tr("Save the fleet validation report"),
            QStringLiteral("gma-fleet-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(m_cancel, &QPushButton::clicked, this, &FleetView::cancel);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_model->records().size())
            emit openTarget(m_model->records().at(index.row()).target.settings);
    });
    updateButtons();
}

FleetView::~FleetView()
{
    // The rollout ends (cancelled) before the runner it uses goes.
    cancel();
    m_worker->stop();
}

void FleetView::setParallel(int parallel)
{
    m_parallel->setValue(parallel);
}

void FleetView::setCanary(int canary)
{
    m_canary->setValue(canary);
}

void FleetView::setContinueOnError(bool on)
{
    m_continue->setChecked(on);
}

QString FleetView::statusText() const
{
    return m_status->text();
}

void FleetView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b42318; }") : QString());
}

void FleetView::updateButtons()
{
    const bool ready = !m_model->records().isEmpty() && !isRunning();
    m_open->setEnabled(!isRunning());
    m_preflight->setEnabled(ready);
    m_migrate->setEnabled(ready);
    m_rollback->setEnabled(ready);
    m_validate->setEnabled(ready);
    m_report->setEnabled(!isRunning() && !m_validated.isEmpty());
    m_cancel->setEnabled(isRunning());
}

void FleetView::openTargetsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a targets file"), QString(),
                                                      tr("Targets (*.txt *.targets);;All files (*)"));
    if (!path.isEmpty())
        loadTargets(path);
}

bool FleetView::loadTargets(const QString &path)
{
    if (isRunning())
        return false;
    QString error;
    const auto targets = Fleet::readTargets(path, ConnectionSettings::fromEnvironment(), &error);
    if (!targets) {
        showStatus(error, true);
        return false;
    }
    m_model->setTargets(*targets);
    m_path = path;
    m_validated.clear();
    m_file->setText(tr("%1: %n target(s)", nullptr, int(targets->size())).arg(QFileInfo(path).fileName()));
    showStatus(tr("Run Preflight all to check every target before a rollout."), false);
    updateButtons();
    return true;
}

void FleetView::confirmAndStart(FleetCommand command)
{
    if (command != FleetCommand::Preflight) {
        const int n = int(m_model->records().size());
        const QString what = command == FleetCommand::Migrate
                                 ? tr("Migrate %n database(s) to the latest migrations?", nullptr, n)
                                 : tr("Roll back %n database(s) to 0002?", nullptr, n);
        if (QMessageBox::question(this, tr("Fleet rollout"),
                                  what + QLatin1Char(' ') +
                                      tr("The preflight runs on every target first; nothing starts when one fails."),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    start(command);
}

void FleetView::start(FleetCommand command)
{
    if (isRunning() || m_model->records().isEmpty())
        return;
    FleetOptions options;
    options.command = command;
    options.parallel = m_parallel->value();
    options.canary = m_canary->value();
    options.continueOnError = m_continue->isChecked();
    options.backup = m_backup;
    options.collectReports = command == FleetCommand::Validate;
    m_validated.clear();
    QList<FleetTarget> targets;
    for (const FleetRow &r : m_model->records())
        targets << r.target;
    m_model->clearResults();
    m_runner = std::make_shared<FleetRunner>(m_catalogue, targets, options);
    m_finished = 0;
    m_overall->setRange(0, int(targets.size()));
    m_overall->setValue(0);
    m_overall->show();
    FleetRunner *runner = m_runner.get();
    connect(runner, &FleetRunner::phaseStarted, this, [this](const QString &phase, int count) {
        m_finished = 0;
        m_overall->setRange(0, count);
        m_overall->setValue(0);
        showStatus(tr("%1 on %n target(s)…", nullptr, count).arg(FleetResult::phaseText(phase)), false);
    });
    connect(runner, &FleetRunner::targetStarted, m_model, &FleetTableModel::targetStarted);
    connect(runner, &FleetRunner::targetProgress, m_model, &FleetTableModel::targetProgress);
    connect(runner, &FleetRunner::targetFinished, this, [this](int index, const FleetResult &r) {
        m_model->targetFinished(index, r);
        m_overall->setValue(++m_finished);
    });
    // The view keeps the runner until the job is done (its destructor waits for the job).
    m_worker->runDetached<QList<FleetResult>>(
        this, QStringLiteral("fleet.run"), [runner] { return runner->run(); },
        [this, command](const QList<FleetResult> &results) {
            m_runner.reset();
            if (command == FleetCommand::Validate)
                m_validated = results;
            m_overall->hide();
            for (int i = 0; i < results.size(); ++i)
                m_model->targetFinished(i, results.at(i));
            const FleetResult::Outcome worst = Fleet::worst(results);
            int good = 0;
            for (const FleetResult &r : results)
                good += r.ok() ? 1 : 0;
            showStatus(tr("%1 of %2 targets succeeded; the worst outcome: %3.")
                           .arg(good)
                           .arg(results.size())
                           .arg(FleetResult::outcomeName(worst)),
                       worst != FleetResult::Outcome::Success && worst != FleetResult::Outcome::NothingToDo);
            updateButtons();
            emit finished(results);
        });
    updateButtons();
}

void FleetView::exportReport(const QString &path)
{
    if (m_validated.isEmpty()) {
        emit reportWritten(path, tr("Run Validate all before saving the fleet report."));
        return;
    }
    FleetReport report;
    report.targetsFile = m_path;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.toolVersion = QCoreApplication::applicationVersion();
    report.results = m_validated;
    m_report->setEnabled(false);
    m_worker->runDetached<QString>(
        this, QStringLiteral("fleet.report"),
        [report, path] {
            QString error;
            PdfReport::writeFleetByExtension(report, path, &error);
            return error;
        },
        [this, path](const QString &error) {
            updateButtons();
            showStatus(error.isEmpty() ? tr("Fleet report saved to %1.").arg(path) : error, !error.isEmpty());
            emit reportWritten(path, error);
        });
}

void FleetView::cancel()
{
    if (m_runner) {
        m_runner->cancel();
        showStatus(tr("Cancelling: no new target starts, the running ones stop safely…"), false);
    }
}

} // namespace gma::ui
