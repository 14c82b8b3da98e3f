#include "translations.h"

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
    if (t.installed) {
        QCoreApplication::removeTranslator(&t.qt);
        QCoreApplication::removeTranslator(&t.own);
        t.installed = false;
    }
    QLocale::setDefault(QLocale::c());
}

void install(const QLocale &locale)
{
    useEnglish();
    QLocale::setDefault(locale);
    Translators &t = translators();
    if (t.qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    // The installed files (share/gma-migrator/translations beside bin/) first, then the compiled-in.
    const QStringList folders{QCoreApplication::applicationDirPath() + QStringLiteral("/../share/gma-migrator/translations"),
                              QStringLiteral(":/i18n")};
    for (const QString &folder : folders) {
        if (t.own.load(locale, QStringLiteral("gma-migrator"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(&t.own);
            break;
        }
    }
    t.installed = true;
}

} // namespace gma::i18n
