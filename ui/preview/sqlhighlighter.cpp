#include "sqlhighlighter.h"

#include "style.h"

namespace gma::ui {

SqlHighlighter::SqlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    updateColors();
}

void SqlHighlighter::updateColors()
{
    const bool dark = style::isDark();
    auto format = [](const QColor &color, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    const QColor keyword = dark ? QColor(0x7a, 0xb4, 0xf5) : QColor(0x1d, 0x4f, 0x9c);
    const QColor type = dark ? QColor(0x5f, 0xd4, 0xc4) : QColor(0x0f, 0x7a, 0x6e);
    const QColor string = dark ? QColor(0xe6, 0xa8, 0x6b) : QColor(0xa3, 0x4a, 0x00);
    const QColor number = dark ? QColor(0xc7, 0x9b, 0xf2) : QColor(0x7a, 0x3e, 0xb0);
    const QColor ident = dark ? QColor(0xd8, 0xc2, 0x7a) : QColor(0x6b, 0x5a, 0x00);
    const QColor comment = dark ? QColor(0x8a, 0x90, 0x9a) : QColor(0x6a, 0x73, 0x7d);
    const QColor param = dark ? QColor(0xff, 0x8f, 0xa3) : QColor(0xb0, 0x1e, 0x4f);

    static const char *const keywords[] = {
        "ABORT", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE",
        "CHECK", "COALESCE", "COLUMN", "COMMIT", "CONSTRAINT", "COUNT", "CREATE", "DEFAULT", "DEFERRABLE",
        "DEFERRED", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXISTS", "FOR", "FOREIGN", "FROM", "HAVING",
        "IF", "IMMEDIATE", "IN", "INDEX", "INITIALLY", "INSERT", "INTO", "IS", "JOIN", "KEY", "LIKE", "LIMIT", "NOT",
        "NULL", "OF", "ON", "OR", "ORDER", "PRIMARY", "REFERENCES", "RETURNING", "ROLLBACK", "SELECT", "SET",
        "TABLE", "THEN", "TO", "TYPE", "UNIQUE", "UPDATE", "USING", "VALUES", "WHEN", "WHERE", "WITH", "RENAME",
        "IDENTITY", "GENERATED", "ALWAYS", "NOW", "UNNEST", "ARRAY_AGG", "CARDINALITY", "MATERIALIZED", "ARRAY", "DROP",
        "SCHEMA", "LOCK", "NOWAIT", "SKIP", "LOCKED"};
    static const char *const types[] = {"bigint", "integer", "smallint", "boolean", "text", "varchar", "timestamp",
                                        "timestamptz", "serial", "bigserial", "uuid",
                                        "numeric", "character", "varying", "jsonb", "date"};
    m_rules.clear();
    QStringList kw;
    for (const char *k : keywords)
        kw << QString::fromLatin1(k);
    m_rules.append({QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(kw.join(QLatin1Char('|'))),
                                       QRegularExpression::CaseInsensitiveOption),
                    format(keyword, true)});
    QStringList ty;
    for (const char *t : types)
        ty << QString::fromLatin1(t);
    m_rules.append({QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(ty.join(QLatin1Char('|'))),
                                       QRegularExpression::CaseInsensitiveOption),
                    format(type)});
    m_rules.append({QRegularExpression(QStringLiteral("\\btimestamp\\s+with(out)?\\s+time\\s+zone\\b"),
                                       QRegularExpression::CaseInsensitiveOption),
                    format(type)});
    m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")), format(number)});
    m_rules.append({QRegularExpression(QStringLiteral("\"[^\"]*\"")), format(ident)});
    m_rules.append({QRegularExpression(QStringLiteral("\\?|\\$\\d+|::")), format(param, true)});
    m_rules.append({QRegularExpression(QStringLiteral("'(?:[^']|'')*'")), format(string)});
    m_comment = format(comment, false, true);
    m_rules.append({QRegularExpression(QStringLiteral("--[^\n]*")), m_comment});
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    // Later rules win: strings over keywords inside them, comments over everything.
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
}

} // namespace gma::ui
