// Validation and reports: runs the post-migration checks (Validation::run) as a job on the
// session's data worker, shows each check (status, category, name, expected, actual, time) with its exact SQL,
// and exports the report (HTML, PDF, CSV or JSON, by the file's extension), then opens it.
// Thread rule: GUI thread only; the checks, the report collection and the writing run on the
// session's data worker (its thread and connection), under read limits.
#pragma once

#include "recordtable.h"

#include "validation.h"

#include <QAbstractTableModel>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gma::ui {

class DbWorker;
class Session;

class CheckTableModel : public RecordListModel<CheckResult>
{
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        CategoryColumn,
        NameColumn,
        ExpectedColumn,
        ActualColumn,
        TimeColumn,
        ColumnCount
    };
    using RecordListModel::RecordListModel;

protected:
    QStringList headers() const override;
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    RecordTone rowTone(int row) const override;
    int statusColumn() const override { return StatusColumn; }
    bool isNumeric(int column) const override { return column == TimeColumn; }
    QVariant extra(int row, int column, int role) const override;
};

class ValidationView : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationView(Session *session, QWidget *parent = nullptr);
    ~ValidationView() override;

    CheckTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const ValidationResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    bool isRunning() const { return m_running; }
    QString summaryText() const;
    // Open the exported file with the desktop's viewer (on by default; tests turn it off).
    void setOpenAfterExport(bool open) { m_openAfterExport = open; }

public slots:
    void runChecks();
    void cancel();
    // Asks for a file name, then exports.
    void exportReport();
    // Exports the last result to `path` (format by extension); emits exported() when done.
    void exportTo(const QString &path);

signals:
    void finished(bool ok);
    void exported(const QString &path, const QString &error);

private:
    void connectSignals();
    void updateDetails();
    void setRunning(bool running);
    void showProgress(quint64 generation, int index, int total, const QString &name);

    Session *m_session;
    DbWorker *m_worker;
    CheckTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QPlainTextEdit *m_sql;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    // Where the running checks report their progress (worker thread -> this view, while it lives).
    ValidationResult m_result;
    bool m_hasResult = false;
    bool m_running = false;
    bool m_openAfterExport = true;
    quint64 m_generation = 0;
};

} // namespace gma::ui
