#include "userguide.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gma::ui::help {

namespace {

constexpr int AnchorRole = Qt::UserRole + 40;
const QString kScheme = QStringLiteral("help:#");

QPointer<UserGuideWindow> g_window;

// "<a id="x"></a>" lines before a heading become " {#x}" after the heading's text.
QString markAnchors(const QString &markdown)
{
    static const QRegularExpression anchorLine(QStringLiteral("^\\s*<a id=\"([A-Za-z0-9_.-]+)\"></a>\\s*$"));
    QStringList out;
    QStringList pending;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const auto m = anchorLine.match(line);
        if (m.hasMatch()) {
            pending << m.captured(1);
            continue;
        }
        if (!pending.isEmpty() && line.startsWith(QLatin1Char('#'))) {
            QString heading = line;
            for (const QString &name : std::as_const(pending))
                heading += QStringLiteral(" {#%1}").arg(name);
            out << heading;
            pending.clear();
            continue;
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString guideMarkdown(const QLocale &locale)
{
    QStringList names;
    for (QString language : locale.uiLanguages()) { // "de-DE", "de"
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        names << QStringLiteral(":/help/user-guide.%1.md").arg(language)
              << QStringLiteral(":/help/user-guide.%1.md").arg(language.section(QLatin1Char('_'), 0, 0));
    }
    names << QStringLiteral(":/help/user-guide.md");
    for (const QString &name : std::as_const(names)) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return QString();
}

void loadGuide(QTextDocument *document, const QLocale &locale)
{
    static const QRegularExpression marker(QStringLiteral("\\s*\\{#([A-Za-z0-9_.-]+)\\}"));
    document->setMarkdown(markAnchors(guideMarkdown(locale)));
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QStringList names;
        QString text = block.text();
        for (auto it = marker.globalMatch(text); it.hasNext();)
            names << it.next().captured(1);
        if (names.isEmpty())
            continue;
        const int cut = marker.match(text).capturedStart();
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + cut);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames(names);
        cursor.mergeCharFormat(format);
    }
}

QStringList anchorNames(const QTextDocument *document)
{
    QStringList names;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!names.contains(name))
                    names << name;
            }
        }
    }
    return names;
}

QString findingAnchor(const QString &checkId)
{
    return QStringLiteral("finding-") + checkId;
}

QString checkAnchor(const QString &checkId)
{
    const QStringList parts = checkId.split(QLatin1Char('.'));
    if (parts.size() == 3) // seed.items.audit: one section for the three models
        return QStringLiteral("check-%1-%2").arg(parts.first(), parts.last());
    if (parts.first() == QStringLiteral("fk")) // fk.items_item: one section for every table
        return QStringLiteral("check-fk");
    return QStringLiteral("check-") + parts.join(QLatin1Char('-'));
}

QString linkHtml(const QString &anchor, const QString &text)
{
    return QStringLiteral("<a href=\"%1%2\">%3</a>").arg(kScheme, anchor.toHtmlEscaped(), text.toHtmlEscaped());
}

bool openLink(const QString &link)
{
    if (!link.startsWith(kScheme))
        return false;
    open(link.mid(kScheme.size()));
    return true;
}

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("GMA Migrator User Guide"));
    setObjectName(QStringLiteral("userGuide"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDocumentMargin(14);
    m_browser->setAccessibleName(tr("User guide"));
    layout->addWidget(m_browser);
    loadGuide(m_browser->document());
    resize(820, 720);
}

bool UserGuideWindow::showAnchor(const QString &anchor)
{
    m_anchor = anchor;
    if (anchor.isEmpty()) {
        m_browser->verticalScrollBar()->setValue(0);
        return true;
    }
    if (!anchorNames(m_browser->document()).contains(anchor))
        return false;
    m_browser->scrollToAnchor(anchor);
    return true;
}

UserGuideWindow *open(const QString &anchor)
{
    if (!g_window)
        g_window = new UserGuideWindow;
    g_window->setAttribute(Qt::WA_DeleteOnClose);
    g_window->show();
    g_window->raise();
    g_window->activateWindow();
    g_window->showAnchor(anchor);
    return g_window;
}

UserGuideWindow *window()
{
    return g_window;
}

void setFindingLink(QTreeWidgetItem *item, int column, const QString &checkId)
{
    if (checkId.isEmpty())
        return;
    item->setData(column, AnchorRole, findingAnchor(checkId));
    item->setForeground(column, QApplication::palette().link());
    QFont font = item->font(column);
    font.setUnderline(true);
    item->setFont(column, font);
    item->setToolTip(column, QApplication::translate("gma::ui::help", "What this finding means and what to do: "
                                                                     "opens the user guide"));
}

void openLinksOnClick(QTreeWidget *tree)
{
    QObject::connect(tree, &QTreeWidget::itemClicked, tree, [](QTreeWidgetItem *item, int column) {
        const QString anchor = item->data(column, AnchorRole).toString();
        if (!anchor.isEmpty())
            open(anchor);
    });
}

} // namespace gma::ui::help
