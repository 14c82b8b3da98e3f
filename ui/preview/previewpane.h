// The preview pane: the forward or backward SQL of the selected migrations (the statements of a
// schema step, the generated batch SQL of a data step) with SQL syntax colouring; the impact
// analysis and preflight findings of the plan when the engine provides them; and a Rehearse
// button whose dry run (the whole plan in one transaction, rolled back) lists each step's real
// row counts and timings.
// Thread rule: GUI thread only.
#pragma once

#include "catalogue.h"
#include "executor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace gma::ui {

class SqlHighlighter;

class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPane(const MigrationCatalogue &catalogue, QWidget *parent = nullptr);

    // Shows the SQL of `keys` in the chosen direction; `title` names the selection.
    void showMigrations(const QString &title, const QList<MigrationKey> &keys);
    void clear();
    bool backwards() const;
    void setBackwards(bool backwards);
    QString sqlText() const;
    // The SQL of one migration as it would run (data steps: the generated batch statement).
    static QString migrationSql(const MigrationDefinition &def, bool backwards);

    // Shows the rehearsal's per-step, per-statement rows and timings.
    void showRehearsal(const RunResult &result);
    void setRehearsing(bool running);
    void setRehearseEnabled(bool enabled, const QString &why = QString());
    QTreeWidget *rehearsalTree() const { return m_rehearsal; }
    QPushButton *rehearseButton() const { return m_rehearse; }
    QTabWidget *tabs() const { return m_tabs; }
    void updateColors();

    // A tab for the plan's impact and preflight findings (filled by the main window).
    void setAnalysisWidget(QWidget *widget, const QString &title);

signals:
    void directionChanged(bool backwards);
    void rehearseRequested();

private:
    void render();

    MigrationCatalogue m_catalogue;
    QList<MigrationKey> m_keys;
    QLabel *m_title;
    QLabel *m_details;
    QComboBox *m_direction;
    QPushButton *m_rehearse;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_sql;
    SqlHighlighter *m_highlighter;
    QTreeWidget *m_rehearsal;
};

} // namespace gma::ui
