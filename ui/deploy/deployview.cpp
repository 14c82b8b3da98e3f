#include "deployview.h"

#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "pdfreport.h"
#include "reportdata.h"
#include "reportfile.h"
#include "run/runcontroller.h"
#include "run/runflow.h"
#include "session.h"
#include "style.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

enum CommandColumn { WhenColumn, CommandColumn, TimeoutColumn };
enum StageColumn { StageColumn, OutcomeColumn, TimeColumn, DetailColumn };

QString whenLabel(const QString &when)
{
    if (when == QLatin1String("before"))
        return DeployView::tr("Before (maintenance mode on)");
    if (when == QLatin1String("after"))
        return DeployView::tr("After, always (health check, maintenance mode off)");
    return DeployView::tr("On failure");
}

QString stageLabel(const QString &name)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("before"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Commands before")},
        {QStringLiteral("preflight"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Preflight checks")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Backup")},
        {QStringLiteral("migrate"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Migrate")},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Immediate verification")},
        {QStringLiteral("validate"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Validation")},
        {QStringLiteral("rollback"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Rollback")},
        {QStringLiteral("failure"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Commands on failure")},
        {QStringLiteral("after"), QT_TRANSLATE_NOOP("gma::ui::DeployView", "Commands after")}};
    const auto it = labels.constFind(name);
    return it == labels.constEnd() ? name : DeployView::tr(it.value());
}

QString outcomeLabel(DeployStage::Outcome outcome)
{
    switch (outcome) {
    case DeployStage::Outcome::Ok:
        return DeployView::tr("Done");
    case DeployStage::Outcome::Warning:
        return DeployView::tr("Done, with a warning");
    case DeployStage::Outcome::Failed:
        return DeployView::tr("Failed");
    case DeployStage::Outcome::Skipped:
        return DeployView::tr("Skipped");
    }
    return QString();
}

// "12:04" (minutes and seconds), "1:02:03" from an hour on.
QString clock(qint64 ms)
{
    const qint64 s = qAbs(ms) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DeployView::DeployView(Session *session, RunController *runs, RunFlow *flow, QWidget *parent)
    : QWidget(parent), m_session(session), m_runs(runs), m_flow(flow), m_tick(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The seed's production deployment in one flow: the profile's commands before "
                                "(maintenance mode on), preflight, backup, migrate, the immediate verification, "
                                "validation, then the failure commands when a stage failed and the after commands "
                                "in every case, each stage timed against the maintenance window."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *editor = new QGroupBox(tr("Deployment profile"), split);
    m_editorPage = editor;
    buildEditor(editor);
    auto *run = new QGroupBox(tr("Deployment"), split);
    buildRun(run);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DeployView::updateCountdown);
    RunWorker *w = runs->worker();
    connect(w, &RunWorker::deployStageStarted, this, &DeployView::onStageStarted);
    connect(w, &RunWorker::deployStageFinished, this, &DeployView::onStageFinished);
    connect(w, &RunWorker::deployLog, this, [this](const QString &line) {
        if (m_ours)
            m_log->appendPlainText(line);
    });
    connect(w, &RunWorker::message, this, [this](const QString &line) {
        if (m_ours)
            m_log->appendPlainText(line);
    });
    connect(w, &RunWorker::rollbackQuestion, this, &DeployView::onRollbackQuestion);
    connect(runs, &RunController::started, this, [this] { m_start->setEnabled(false); });
    connect(runs, &RunController::finished, this, &DeployView::onRunFinished);

    listProfiles();
    loadProfile(QStringLiteral("default"));
}

DeployView::~DeployView() = default;

void DeployView::buildEditor(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_name = new QComboBox(page);
    m_name->setEditable(true);
    m_name->setMinimumContentsLength(16);
    m_name->setToolTip(tr("The profile's name: a file NAME.conf in the configuration folder, which "
                          "`gma-migrator-cli deploy --profile NAME` reads too"));
    m_name->setAccessibleName(tr("Profile name"));
    top->addWidget(new QLabel(tr("Profile:"), page));
    top->addWidget(m_name, 1);
    auto *seed = new QPushButton(tr("Seed's Runbook"), page);
    seed->setToolTip(tr("Fill the editor with the seed's runbook: a 15-minute window, maintenance mode on "
                        "before, the health check and maintenance mode off after"));
    top->addWidget(seed);
    m_save = new QPushButton(style::icon(QStringLiteral("state-applied")), tr("Save Profile"), page);
    top->addWidget(m_save);
    layout->addLayout(top);

    auto *form = new QFormLayout;
    m_window = new QSpinBox(page);
    m_window->setRange(1, 24 * 60);
    m_window->setSuffix(tr(" min"));
    m_window->setAccessibleName(tr("Maintenance window"));
    form->addRow(tr("Maintenance window:"), m_window);
    auto *switches = new QHBoxLayout;
    m_backup = new QCheckBox(tr("Take a backup before migrating"), page);
    m_vacuum = new QCheckBox(tr("VACUUM (ANALYZE) after the data steps"), page);
    switches->addWidget(m_backup);
    switches->addWidget(m_vacuum);
    switches->addStretch();
    form->addRow(QString(), switches);
    layout->addLayout(form);

    m_commands = new QTableWidget(0, 3, page);
    m_commands->setHorizontalHeaderLabels({tr("When"), tr("Command (run by /bin/sh)"), tr("Timeout")});
    m_commands->horizontalHeader()->setSectionResizeMode(WhenColumn, QHeaderView::ResizeToContents);
    m_commands->horizontalHeader()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_commands->horizontalHeader()->setSectionResizeMode(TimeoutColumn, QHeaderView::ResizeToContents);
    m_commands->verticalHeader()->hide();
    m_commands->setAccessibleName(tr("Commands of the profile"));
    layout->addWidget(m_commands, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Command"), page);
    auto *remove = new QPushButton(tr("Remove Command"), page);
    m_editorError = new QLabel(page);
    m_editorError->setWordWrap(true);
    m_editorError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_editorError->hide();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_editorError, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] { addCommand(QStringLiteral("before"), DeployHook()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_commands->currentRow();
        if (row >= 0)
            m_commands->removeRow(row);
    });
    connect(seed, &QPushButton::clicked, this, [this] {
        DeployProfile p = DeployProfile::seedExample();
        p.path = m_path;
        setProfile(p);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveProfile(); });
    connect(m_name, &QComboBox::textActivated, this, [this](const QString &name) { loadProfile(name); });
}

void DeployView::buildRun(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_start = new QPushButton(style::icon(QStringLiteral("migrate")), tr("Start Deployment"), page);
    m_start->setToolTip(tr("Saves the profile, then runs the deployment of every app to its latest migration"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setEnabled(false);
    m_countdown = new QLabel(page);
    m_countdown->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_countdown->setAccessibleName(tr("Maintenance window left"));
    top->addWidget(m_start);
    top->addWidget(m_cancel);
    top->addSpacing(12);
    top->addWidget(m_countdown, 1);
    m_report = new QPushButton(tr("Save Deployment Report…"), page);
    m_report->setEnabled(false);
    top->addWidget(m_report);
    layout->addLayout(top);
    m_outcome = new QLabel(page);
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    layout->addWidget(m_outcome);
    auto *split = new QSplitter(Qt::Vertical, page);
    m_stages = new QTreeWidget(split);
    m_stages->setRootIsDecorated(false);
    m_stages->setHeaderLabels({tr("Stage"), tr("Outcome"), tr("Time"), tr("Details")});
    m_stages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stages->header()->setStretchLastSection(true);
    m_stages->setAccessibleName(tr("Stages of the deployment"));
    m_log = new QPlainTextEdit(split);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The commands' output and each stage's findings appear here."));
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &DeployView::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_runs->cancel();
        m_log->appendPlainText(tr("Cancelling: the running command or statement is stopped; the failure and after "
                                  "commands still run."));
    });
    connect(m_report, &QPushButton::clicked, this, &DeployView::askReportPath);
}

void DeployView::listProfiles()
{
    const QString current = m_name->currentText();
    m_name->clear();
    const QDir dir = QFileInfo(DeployProfile::pathFor(QString())).absoluteDir();
    QStringList names;
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name))
        names << f.completeBaseName();
    if (!names.contains(QStringLiteral("default")))
        names.prepend(QStringLiteral("default"));
    m_name->addItems(names);
    m_name->setCurrentText(current.isEmpty() ? QStringLiteral("default") : current);
}

void DeployView::addCommand(const QString &when, const DeployHook &hook)
{
    const int row = m_commands->rowCount();
    m_commands->insertRow(row);
    auto *box = new QComboBox(m_commands);
    for (const QString &w : {QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("failure")})
        box->addItem(whenLabel(w), w);
    box->setCurrentIndex(box->findData(when));
    m_commands->setCellWidget(row, WhenColumn, box);
    m_commands->setItem(row, CommandColumn, new QTableWidgetItem(hook.command));
    auto *timeout = new QSpinBox(m_commands);
    timeout->setRange(1, 24 * 3600);
    timeout->setSuffix(tr(" s"));
    timeout->setValue(int(qMax<qint64>(1, hook.timeoutMs / 1000)));
    m_commands->setCellWidget(row, TimeoutColumn, timeout);
    m_commands->setCurrentCell(row, CommandColumn);
}

void DeployView::setProfile(const DeployProfile &profile)
{
    m_path = profile.path;
    m_window->setValue(int(qMax<qint64>(1, (profile.windowMs + 59999) / 60000)));
    m_backup->setChecked(profile.backup);
    m_vacuum->setChecked(profile.vacuum);
    m_commands->setRowCount(0);
    for (const DeployHook &h : profile.before)
        addCommand(QStringLiteral("before"), h);
    for (const DeployHook &h : profile.after)
        addCommand(QStringLiteral("after"), h);
    for (const DeployHook &h : profile.onFailure)
        addCommand(QStringLiteral("failure"), h);
    m_editorError->hide();
}

DeployProfile DeployView::profile() const
{
    DeployProfile p;
    p.path = m_path;
    p.windowMs = qint64(m_window->value()) * 60000;
    p.backup = m_backup->isChecked();
    p.vacuum = m_vacuum->isChecked();
    for (int row = 0; row < m_commands->rowCount(); ++row) {
        const QTableWidgetItem *item = m_commands->item(row, CommandColumn);
        DeployHook hook;
        hook.command = item ? item->text().trimmed() : QString();
        if (hook.command.isEmpty())
            continue;
        hook.timeoutMs = qint64(static_cast<QSpinBox *>(m_commands->cellWidget(row, TimeoutColumn))->value()) * 1000;
        const QString when = static_cast<QComboBox *>(m_commands->cellWidget(row, WhenColumn))->currentData().toString();
        (when == QLatin1String("before") ? p.before : when == QLatin1String("after") ? p.after : p.onFailure) << hook;
    }
    return p;
}

bool DeployView::loadProfile(const QString &nameOrPath)
{
    const QString path = DeployProfile::pathFor(nameOrPath.trimmed());
    if (m_name->currentText() != nameOrPath)
        m_name->setCurrentText(nameOrPath);
    if (!QFileInfo::exists(path)) {
        DeployProfile p = DeployProfile::seedExample();
        p.path = path;
        setProfile(p);
        return true;
    }
    QString error;
    const auto p = DeployProfile::load(path, &error);
    if (!p) {
        m_path = path;
        m_editorError->setText(error);
        m_editorError->show();
        return false;
    }
    setProfile(*p);
    return true;
}

bool DeployView::saveProfile(QString *errorOut)
{
    const QString name = m_name->currentText().trimmed();
    if (!name.isEmpty())
        m_path = DeployProfile::pathFor(name);
    DeployProfile p = profile();
    QString error;
    // What is saved must read back as it is (a command on several lines would not).
    const bool ok = DeployProfile::parse(p.toText(), p.path, &error).has_value() && p.save(&error);
    m_editorError->setText(ok ? QString() : error);
    m_editorError->setVisible(!ok);
    if (errorOut)
        *errorOut = error;
    if (ok)
        listProfiles();
    return ok;
}

void DeployView::start()
{
    if (m_runs->isBusy())
        return;
    if (!saveProfile())
        return;
    m_stages->clear();
    m_log->clear();
    m_outcome->hide();
    m_windowMs = profile().windowMs;
    m_ours = true;
    m_running = true;
    m_clock.start();
    m_cancel->setEnabled(true);
    m_start->setEnabled(false);
    m_report->setEnabled(false);
    m_editorPage->setEnabled(false); // the profile is what runs; changed afterwards
    updateCountdown();
    m_tick->start();
    emit deployRequested(profile());
}

void DeployView::notStarted(const QString &reason)
{
    m_ours = false;
    m_running = false;
    m_tick->stop();
    m_cancel->setEnabled(false);
    m_editorPage->setEnabled(true);
    m_start->setEnabled(!m_runs->isBusy());
    m_windowMs = 0;
    updateCountdown();
    setOutcome(reason, false);
}

void DeployView::onStageStarted(const QString &name, qint64 windowLeftMs)
{
    if (!m_ours)
        return;
    auto *item = new QTreeWidgetItem(m_stages);
    item->setText(StageColumn, stageLabel(name));
    item->setData(StageColumn, Qt::UserRole, name);
    item->setText(OutcomeColumn, tr("Running"));
    item->setIcon(OutcomeColumn, style::icon(QStringLiteral("state-running")));
    item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_stages->scrollToItem(item);
    m_log->appendPlainText(QStringLiteral("== %1 (%2)").arg(stageLabel(name),
                                                          windowLeftMs > 0 ? tr("%1 of the window left").arg(clock(windowLeftMs))
                                                                           : tr("the window is used up")));
}

void DeployView::onStageFinished(const DeployStage &stage)
{
    if (!m_ours || m_stages->topLevelItemCount() == 0)
        return;
    QTreeWidgetItem *item = m_stages->topLevelItem(m_stages->topLevelItemCount() - 1);
    item->setText(OutcomeColumn, outcomeLabel(stage.outcome));
    item->setData(OutcomeColumn, Qt::UserRole, stage.outcomeText());
    const char *icon = stage.outcome == DeployStage::Outcome::Failed    ? "state-failed"
                       : stage.outcome == DeployStage::Outcome::Skipped ? "state-pending"
                                                                        : "state-applied";
    item->setIcon(OutcomeColumn, style::icon(QString::fromLatin1(icon)));
    item->setText(TimeColumn, format::duration(stage.ms, QLocale()));
    item->setText(DetailColumn, stage.detail);
    item->setToolTip(DetailColumn, stage.detail);
}

void DeployView::onRollbackQuestion(const QString &failedStage)
{
    if (!m_ours)
        return;
    const bool yes = m_flow->confirm(
        tr("Roll Back the Migration?"),
        tr("The %1 stage failed after the migration changed the database. Roll the migration back to 0002 now? "
           "The data steps are undone first (only the values the tool filled), then the schema steps. Without "
           "a rollback the database stays as the migration left it; the failure and after commands run either "
           "way.")
            .arg(stageLabel(failedStage)),
        QString());
    m_log->appendPlainText(yes ? tr("Rolling back, as confirmed.") : tr("Not rolled back."));
    m_runs->worker()->answerRollback(yes);
}

void DeployView::onRunFinished(const RunOutcome &outcome)
{
    m_start->setEnabled(true);
    if (!m_ours)
        return;
    m_ours = false;
    m_running = false;
    m_tick->stop();
    m_cancel->setEnabled(false);
    m_editorPage->setEnabled(true);
    updateCountdown();
    if (!outcome.deployment) { // it never started (no connection)
        setOutcome(outcome.result.error, false);
        return;
    }
    m_last = outcome.deployment;
    m_report->setEnabled(true);
    setOutcome(m_last->record.outcome, m_last->ok());
    emit finished(*m_last);
}

void DeployView::setOutcome(const QString &text, bool ok)
{
    m_outcome->setStyleSheet(ok ? QStringLiteral("QLabel { background: #e3f4e8; color: #14532d; border: 1px solid "
                                                 "#6cc08b; border-radius: 4px; padding: 6px; }")
                                : QStringLiteral("QLabel { background: #fde4e2; color: #7a1410; border: 1px solid "
                                                 "#e0847c; border-radius: 4px; padding: 6px; }"));
    m_outcome->setText(text);
    m_outcome->setVisible(!text.isEmpty());
    m_log->appendPlainText(text);
}

void DeployView::updateCountdown()
{
    if (m_windowMs <= 0) {
        m_countdown->clear();
        return;
    }
    const qint64 left = m_windowMs - (m_clock.isValid() ? m_clock.elapsed() : 0);
    QString text = left >= 0 ? tr("Maintenance window: %1 left of %2").arg(clock(left), clock(m_windowMs))
                             : tr("Maintenance window: over by %1 (of %2)").arg(clock(left), clock(m_windowMs));
    if (!m_running)
        text = tr("Took %1 of the %2 maintenance window").arg(clock(m_windowMs - left), clock(m_windowMs));
    m_countdown->setText(text);
    m_countdown->setStyleSheet(left < 0 ? QStringLiteral("color: #b3261e; font-weight: bold;")
                               : left < m_windowMs / 5 ? QStringLiteral("color: #9a6700; font-weight: bold;")
                                                       : QString());
}

QString DeployView::countdownText() const
{
    return m_countdown->text();
}

QString DeployView::outcomeText() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

QString DeployView::logText() const
{
    return m_log->toPlainText();
}

void DeployView::askReportPath()
{
    if (!m_last)
        return;
    const QString path = gma::ui::askReportPath(
        this, tr("Save the deployment report"),
        QStringLiteral("gma-deployment-%1-%2")
            .arg(m_session->info().database,
                 m_last->record.started.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!path.isEmpty())
        exportReport(path);
}

void DeployView::exportReport(const QString &path)
{
    if (!m_last) {
        emit reportWritten(path, tr("Run a deployment before saving its report."));
        return;
    }
    m_report->setEnabled(false);
    const std::shared_ptr<const DeployOutcome> last = m_last;
    const QString connection = m_session->settings().displayName();
    const MigrationCatalogue catalogue = m_runs->worker()->catalogue();
    m_session->dataWorker()->run<bool>(
        this, QStringLiteral("deploy.report"),
        [last, connection, catalogue, path](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            ValidationResult validation = last->validation;
            if (validation.checks.isEmpty() && validation.error.isEmpty())
                validation = Validation::run(db, catalogue); // the deployment stopped before validating
            ReportData report = ReportData::collect(db, catalogue, connection, validation);
            report.title = QStringLiteral("GMA deployment report");
            report.deployment = last->record;
            return PdfReport::writeByExtension(report, path, error);
        },
        [this, path](bool, const QString &error) {
            m_report->setEnabled(m_last != nullptr);
            if (!error.isEmpty())
                m_log->appendPlainText(error);
            else
                m_log->appendPlainText(tr("Deployment report saved to %1").arg(path));
            emit reportWritten(path, error);
        });
}

} // namespace gma::ui
