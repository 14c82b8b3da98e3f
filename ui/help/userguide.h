// The user guide: docs/user-guide.md, compiled in (:/help/user-guide.md) and rendered by Qt's
// Markdown reader in a window of its own, offline; and the links from the preflight findings
// and validation checks to the guide's explanation of each. A translation of the guide,
// docs/user-guide.LANG.md (German: user-guide.de.md), has the same anchors and is shown when
// the window speaks LANG.
// Anchors: a line `<a id="NAME"></a>` right before a heading names that heading (GitHub honours
// it as well). Qt's Markdown reader drops empty HTML anchors, so loadGuide() puts the names on
// the heading's text instead.
//   finding CODE      -> anchor "finding-CODE"            (Preflight::checkIds())
//   check seed.A.KIND -> anchor "check-seed-KIND"         (the seed's queries, one section per kind)
//   check fk.TABLE    -> anchor "check-fk"
//   check A.B         -> anchor "check-A-B"               (schema.contract, migrations.checksums ...)
// Thread rule: GUI thread only.
#pragma once

#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QTextDocument;
class QTreeWidget;
class QTreeWidgetItem;

namespace gma::ui::help {

// The guide's Markdown text as compiled in, in the language of `locale` when there is a
// translation, else in English.
QString guideMarkdown(const QLocale &locale = QLocale());
// Fills `document` with the guide, its headings carrying their anchors.
void loadGuide(QTextDocument *document, const QLocale &locale = QLocale());
// Every anchor name of `document`, in order.
QStringList anchorNames(const QTextDocument *document);

QString findingAnchor(const QString &checkId);
QString checkAnchor(const QString &checkId);
// A rich-text link that opens the guide at `anchor` through openLink() ("help:#anchor").
QString linkHtml(const QString &anchor, const QString &text);
// Opens the guide at the anchor of a "help:#anchor" link; false for any other link.
bool openLink(const QString &link);

// The guide's window: one for the whole application, shown (and raised) by open().
class UserGuideWindow : public QWidget
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    // Scrolls to `anchor` (the top for an empty one); false when the guide has no such anchor.
    bool showAnchor(const QString &anchor);
    QString currentAnchor() const { return m_anchor; }

private:
    QTextBrowser *m_browser;
    QString m_anchor;
};

// Shows the guide's window (created on first use) at `anchor`.
UserGuideWindow *open(const QString &anchor = QString());
// The window when it exists (nullptr before the first open()).
UserGuideWindow *window();

// Marks `column` of a finding's row as a link to the finding's explanation.
void setFindingLink(QTreeWidgetItem *item, int column, const QString &checkId);
// A click on a marked cell of `tree` opens the guide there.
void openLinksOnClick(QTreeWidget *tree);

} // namespace gma::ui::help
