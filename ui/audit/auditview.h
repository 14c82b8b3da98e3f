// Audit tables: the rows of characters, items and locations with their audit fields (user
// names, timestamps), sorted and filtered on the server and loaded a page at a time, a row count,
// and bars of how complete each audit field is now and in a baseline snapshot.
// Thread rule: GUI thread only; queries run on the session's data worker (its thread and
// connection), under read limits.
#pragma once

#include "audit.h"
#include "auditbrowser.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;

namespace gma::ui {

class AuditSummaryWidget;
class AuditTableModel;
class DbWorker;
class Session;

class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Session *session, QWidget *parent = nullptr);
    ~AuditView() override;

    AuditTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AuditSummaryWidget *summary() const { return m_summary; }
    // The model shown ("characters.character"); false when unknown.
    bool showModel(const QString &model);
    QString currentModel() const;
    // Filters as the controls set them.
    void setOnlyMissing(bool on);
    bool setCampaign(qint64 campaignId);
    bool setUser(qint64 userId);
    QString rowCountText() const;
    QString noticeText() const;
    bool isSummaryLoading() const { return m_summaryLoading; }
    // The late rows (audit.h) the figures found, one sentence per table; empty when none.
    QString lateRowsText() const;
    QPushButton *fillLateRowsButton() const { return m_fillLate; }

public slots:
    // Re-reads the columns, the rows and the figures.
    void refresh();
    // Takes the current figures as the baseline (e.g. just before a run).
    void setBaseline();

signals:
    // The figures of the summary were re-read.
    void summaryUpdated();
    // Filter choices (campaigns, users) were loaded.
    void choicesLoaded();
    // "Fill Late Rows..." was clicked: the late rows the figures found (RunFlow::fillLateRows).
    void fillLateRowsRequested(const QList<gma::LateRows> &late);

private:
    QHBoxLayout *makeFilterBar();
    void makeTable();
    QGroupBox *makeSummaryBox();
    void connectSignals();
    void onConnected();
    void onDisconnected();
    void loadChoices();
    void loadColumnsAndRows();
    void loadSummary(bool asBaseline);
    void applyQuery();
    void updateCount();
    void updateNotice();
    AuditQuery currentQuery() const;

    Session *m_session;
    DbWorker *m_worker; // the session's data worker: rows, counts and the population figures
    AuditTableModel *m_model;
    QTabBar *m_tabs;
    QCheckBox *m_onlyMissing;
    QComboBox *m_campaign;
    QComboBox *m_user;
    QPushButton *m_refresh;
    QPushButton *m_baselineButton;
    QLabel *m_count;
    QLabel *m_notice;
    QLabel *m_error;
    QTableView *m_table;
    AuditSummaryWidget *m_summary;
    QLabel *m_summaryState;
    QLabel *m_late;          // the late rows, one sentence per table
    QPushButton *m_fillLate; // fills them (on the run worker, after a confirmation)

    QHash<QString, AuditColumnSet> m_columnSets;
    QList<ModelAudit> m_baseline, m_current;
    QDateTime m_baselineTime, m_currentTime;
    bool m_summaryLoading = false;
    bool m_applying = false;
    quint64 m_generation = 0;
};

} // namespace gma::ui
