#include "validationview.h"

#include "reportfile.h"

#include "format.h"
#include "recordtable.h"

#include "dbworker.h"
#include "help/userguide.h"
#include "locks.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "session.h"
#include "pdfreport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

QString statusLabel(CheckResult::Status status)
{
    static const char *const labels[] = {QT_TRANSLATE_NOOP("QObject", "✔ Pass"), QT_TRANSLATE_NOOP("QObject", "✘ Fail"),
                                         QT_TRANSLATE_NOOP("QObject", "– Skipped")};
    return QObject::tr(labels[int(status)]);
}

} // namespace

QStringList CheckTableModel::headers() const
{
    return {tr("Status"), tr("Category"), tr("Check"), tr("Expected"), tr("Found"), tr("Time")};
}

QVariant CheckTableModel::display(int row, int column) const
{
    const CheckResult &c = m_records.at(row);
    const bool skipped = c.status == CheckResult::Status::Skipped;
    return QVariantList{statusLabel(c.status), c.category, c.name, c.expected,
                        skipped ? c.reason : c.actual.section(QLatin1Char('\n'), 0, 0), tr("%1 ms").arg(c.ms)}
        .value(column);
}

QVariant CheckTableModel::sortKey(int row, int column) const
{
    const CheckResult &c = m_records.at(row);
    // Failed first, then skipped, then passed.
    const int statusOrder = c.status == CheckResult::Status::Fail ? 0 : c.status == CheckResult::Status::Skipped ? 1 : 2;
    return QVariantList{statusOrder, {}, {}, {}, {}, c.ms}.value(column);
}

QString CheckTableModel::toolTip(int row, int column) const
{
    const CheckResult &c = m_records.at(row);
    if (!c.reason.isEmpty())
        return c.reason;
    if (column == ActualColumn)
        return c.actual;
    return c.id;
}

RecordTone CheckTableModel::rowTone(int row) const
{
    switch (m_records.at(row).status) {
    case CheckResult::Status::Fail:
        return RecordTone::Bad;
    case CheckResult::Status::Skipped:
        return RecordTone::Muted;
    case CheckResult::Status::Pass:
        break;
    }
    return RecordTone::Normal;
}

QVariant CheckTableModel::extra(int row, int column, int role) const
{
    if (role == Qt::FontRole && column == ActualColumn &&
        m_records.at(row).status == CheckResult::Status::Skipped) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    return {};
}

ValidationView::ValidationView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(session->dataWorker()),
      m_model(new CheckTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CheckTableModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_run = new QPushButton(tr("Run checks"), this);
    m_run->setToolTip(tr("Run every check in one read-only snapshot of the database"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_export = new QPushButton(tr("Export report…"), this);
    m_export->setToolTip(
        tr("Save the report as HTML, PDF, CSV or JSON (by the file's extension) and open it"));
    m_export->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_summary = new QLabel(tr("No checks run yet."), this);
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_table = makeRecordTable(m_proxy, this, {12, 11, 0, 26, 30, 9}); // the check's name stretches
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until a header is clicked
    m_table->horizontalHeader()->setSectionResizeMode(CheckTableModel::NameColumn, QHeaderView::Stretch);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    m_detailTitle = new QLabel(tr("Select a check to see the SQL it ran."), details);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    connect(m_detailTitle, &QLabel::linkActivated, this, [](const QString &link) { help::openLink(link); });
    m_sql = new QPlainTextEdit(details);
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_sql, 1);
    layout->addWidget(makeDetailsSplitter(this, m_table, details, 3, {450, 170}), 1);

    connectSignals();
}

void ValidationView::connectSignals()
{
    connect(m_run, &QPushButton::clicked, this, &ValidationView::runChecks);
    connect(m_cancel, &QPushButton::clicked, this, &ValidationView::cancel);
    connect(m_export, &QPushButton::clicked, this, &ValidationView::exportReport);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ValidationView::updateDetails);
    const auto onConnected = [this] {
        m_run->setEnabled(true);
        m_summary->setText(tr("Connected to %1: run the checks.").arg(m_session->settings().displayName()));
    };
    connect(m_session, &Session::connected, this, onConnected);
    connect(m_session, &Session::disconnected, this, [this] {
        cancel();
        ++m_generation;
        m_model->setRecords({});
        m_hasResult = false;
        m_result = ValidationResult{};
        setRunning(false);
        m_run->setEnabled(false);
        m_export->setEnabled(false);
        m_summary->setText(tr("Not connected."));
        updateDetails();
    });
    connect(m_session, &Session::stateChanged, this, [this] {
        // Results describe the database as it was: say so rather than re-running unasked.
        if (m_hasResult && !m_running)
            m_summary->setText(summaryText() + tr(" · the database changed since: run again"));
    });
    if (m_session->isConnected()) {
        onConnected();
    } else {
        m_run->setEnabled(false);
        m_summary->setText(tr("Not connected."));
    }
}

ValidationView::~ValidationView()
{
    m_cancelFlag->store(true);
}

void ValidationView::showProgress(quint64 generation, int index, int total, const QString &name)
{
    if (generation != m_generation)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(index);
    m_progress->setFormat(tr("%1 of %2").arg(index + 1).arg(total));
    m_progress->setToolTip(name);
    m_summary->setText(tr("Checking: %1").arg(name));
}

void ValidationView::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running && m_session->isConnected());
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && m_hasResult);
    m_progress->setVisible(running);
}

void ValidationView::runChecks()
{
    if (!m_session->isConnected() || m_running)
        return;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const auto flag = m_cancelFlag;
    const quint64 generation = ++m_generation;
    m_error->hide();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting…"));
    setRunning(true);
    m_summary->setText(tr("Running the checks…"));
    const QPointer<ValidationView> view(this);
    m_worker->run<ValidationResult>(
        this, QStringLiteral("validation.run"),
        [view, flag, generation](QSqlDatabase &db, QString *) {
            ReadGuard guard(db);
            ValidationOptions options;
            options.cancel = flag.get();
            // Runs on the worker thread: posted to the view while it lives.
            options.progress = [view, generation](int index, int total, const QString &name) {
                DbWorker::toGui(view, [=](ValidationView *v) { v->showProgress(generation, index, total, name); });
            };
            return Validation::run(db, MigrationCatalogue::builtIn(), options);
        },
        [this, generation](const ValidationResult &result, const QString &error) {
            if (generation != m_generation)
                return;
            m_result = result;
            m_hasResult = error.isEmpty() && result.error.isEmpty();
            if (!error.isEmpty() || !result.error.isEmpty()) {
                m_error->setText(error.isEmpty() ? result.error : error);
                m_error->show();
            }
            m_model->setRecords(result.checks);
            setRunning(false);
            m_summary->setText(summaryText());
            // Show the first failure's SQL (current, not selected, so its highlight stays visible).
            int row = 0;
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                if (m_proxy->index(r, CheckTableModel::StatusColumn)
                        .data(CheckTableModel::SortRole)
                        .toInt() == 0) {
                    row = r;
                    break;
                }
            }
            if (m_proxy->rowCount() > 0)
                m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                                           QItemSelectionModel::NoUpdate);
            updateDetails();
            emit finished(m_hasResult && result.ok());
        });
}

void ValidationView::cancel()
{
    if (!m_running)
        return;
    m_cancelFlag->store(true);
    m_worker->interrupt(QStringLiteral("validation.run"));
    m_summary->setText(tr("Cancelling…"));
}

QString ValidationView::summaryText() const
{
    if (!m_hasResult)
        return m_session->isConnected() ? tr("No checks run yet.") : tr("Not connected.");
    const ValidationResult &r = m_result;
    QString text = r.cancelled ? tr("Cancelled: ") : QString();
    text += tr("%1 passed · %2 failed · %3 skipped")
                .arg(r.count(CheckResult::Status::Pass))
                .arg(r.count(CheckResult::Status::Fail))
                .arg(r.count(CheckResult::Status::Skipped));
    text += tr(" · state %1 · %2 · %3")
                .arg(r.state.summary(), format::duration(r.ms, QLocale()),
                     QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat));
    return text;
}

void ValidationView::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid() || current.row() >= m_model->records().size()) {
        m_detailTitle->setText(tr("Select a check to see the SQL it ran."));
        m_sql->clear();
        return;
    }
    const CheckResult &c = m_model->records().at(current.row());
    QString title = QStringLiteral("<b>%1</b> <span style='color:#6b7280'>(%2)</span>")
                        .arg(c.name.toHtmlEscaped(), c.id.toHtmlEscaped());
    title += QStringLiteral(" — %1").arg(statusLabel(c.status).toHtmlEscaped());
    title += QStringLiteral(" · ") + help::linkHtml(help::checkAnchor(c.id), tr("What this check means"));
    if (!c.expected.isEmpty())
        title += QStringLiteral("<br>") + tr("Expected: %1").arg(c.expected.toHtmlEscaped());
    if (!c.actual.isEmpty()) {
        title += QStringLiteral("<br>") +
                 (c.actual.contains(QLatin1Char('\n'))
                      ? tr("Found:") + QStringLiteral("<pre>%1</pre>").arg(c.actual.toHtmlEscaped())
                      : tr("Found: %1").arg(c.actual.toHtmlEscaped()));
    }
    if (!c.reason.isEmpty())
        title += QStringLiteral("<br><i>%1</i>").arg(c.reason.toHtmlEscaped());
    m_detailTitle->setText(title);
    m_sql->setPlainText(c.sql);
}

void ValidationView::exportReport()
{
    if (!m_hasResult)
        return;
    const QString path = askReportPath(
        this, tr("Export the validation report"),
        QStringLiteral("gma-validation-%1-%2")
            .arg(m_session->info().database,
                 m_result.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (path.isEmpty())
        return;
    exportTo(path);
}

void ValidationView::exportTo(const QString &path)
{
    const ReportFormat format = ReportWriter::formatForPath(path);
    if (!m_hasResult || format == ReportFormat::Unknown) {
        const QString error = !m_hasResult
                                  ? tr("Run the checks before exporting a report.")
                                  : tr("Name the file .html, .pdf, .csv or .json to choose the format.");
        m_error->setText(error);
        m_error->show();
        emit exported(path, error);
        return;
    }
    m_export->setEnabled(false);
    m_summary->setText(tr("Writing the %1 report…").arg(ReportWriter::formatName(format)));
    const ValidationResult validation = m_result;
    const QString connection = m_session->settings().displayName();
    m_worker->run<ReportData>(
        this, QStringLiteral("validation.report"),
        [validation, connection, path](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            ReportData report =
                ReportData::collect(db, MigrationCatalogue::builtIn(), connection, validation);
            PdfReport::writeByExtension(report, path, error);
            return report;
        },
        [this, path](const ReportData &, const QString &error) {
            m_export->setEnabled(m_hasResult && !m_running);
            m_summary->setText(summaryText());
            if (!error.isEmpty()) {
                m_error->setText(error);
                m_error->show();
            } else {
                m_error->hide();
                m_summary->setText(summaryText() +
                                   tr(" · report saved to %1").arg(QFileInfo(path).fileName()));
                if (m_openAfterExport)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            }
            emit exported(path, error);
        });
}

} // namespace gma::ui
