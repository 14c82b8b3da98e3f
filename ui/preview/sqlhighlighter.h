// Syntax colouring for the SQL in the preview: keywords, types, strings, numbers, quoted
// identifiers, comments and bound-value placeholders. Colours follow the light/dark palette.
// Thread rule: GUI thread only.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gma::ui {

class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);
    // Re-reads the colours after a palette change.
    void updateColors();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
};

} // namespace gma::ui
