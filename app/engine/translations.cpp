#include "translations.h"

#include "format.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace gma::i18n {

namespace {

struct Translators
{
    QTranslator qt;
    QTranslator own;
    bool installed = false;
};

Translators &translators()
{
    static Translators t;
    return t;
}

// The installed files (share/gma-migrator/translations beside bin/) first, then the compiled-in.
bool loadOwn(QTranslator *translator, const QLocale &locale, const QString &name)
{
    const QStringList folders{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gma-migrator/translations"),
                              QStringLiteral(":/i18n")};
    for (const QString &folder : folders) {
        if (translator->load(locale, name, QStringLiteral("_"), folder) && !translator->isEmpty())
            return true;
    }
    return false;
}

// The English plural forms (gma-migrator_en), loaded once: installed for English, and read by
// english() from any thread.
QTranslator &englishPlurals()
{
    static QTranslator plurals;
    static const bool loaded = loadOwn(&plurals, QLocale(QLocale::English), QStringLiteral("gma-migrator"));
    Q_UNUSED(loaded);
    return plurals;
}

void removeAll(Translators &t)
{
    if (!t.installed)
        return;
    QCoreApplication::removeTranslator(&t.qt);
    QCoreApplication::removeTranslator(&t.own);
    QCoreApplication::removeTranslator(&englishPlurals());
}

void installPlurals()
{
    if (!englishPlurals().isEmpty())
        QCoreApplication::installTranslator(&englishPlurals());
}

} // namespace

QLocale chosenLocale(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == option && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (a.startsWith(option + QLatin1Char('=')))
            return QLocale(a.mid(option.size() + 1));
    }
    return QLocale::system();
}

void useEnglish()
{
    Translators &t = translators();
    removeAll(t);
    QLocale::setDefault(QLocale::c());
    installPlurals();
    t.installed = true;
}

void install(const QLocale &locale)
{
    Translators &t = translators();
    removeAll(t);
    t.installed = true;
    QLocale::setDefault(locale);
    if (t.qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C
        && loadOwn(&t.own, locale, QStringLiteral("gma-migrator")))
        QCoreApplication::installTranslator(&t.own);
    else
        installPlurals();
}

QString english(const char *context, const char *source, int n)
{
    QString text = QString::fromUtf8(source);
    if (n < 0)
        return text;
    const QString form = englishPlurals().translate(context, source, nullptr, n);
    if (!form.isEmpty())
        text = form;
    const QString digits = QString::number(n);
    return text.replace(QStringLiteral("%Ln"), digits).replace(QStringLiteral("%n"), digits);
}

} // namespace gma::i18n

namespace gma {

Sentence Sentence::duration(qint64 ms)
{
    return {format::duration(ms, QLocale()), format::duration(ms)};
}

Sentence Sentence::bytes(qint64 bytes)
{
    return {format::bytes(bytes, QLocale()), format::bytes(bytes)};
}

Sentence Sentence::count(qint64 n)
{
    return {format::count(n, QLocale()), format::count(n)};
}

Sentence Sentence::join(const QList<Sentence> &parts, const QString &separator)
{
    QStringList text, english;
    for (const Sentence &p : parts) {
        text << p.text;
        english << p.english;
    }
    return {text.join(separator), english.join(separator)};
}

} // namespace gma
