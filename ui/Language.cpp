#include "Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace cp::ui {

namespace {

std::vector<std::unique_ptr<QTranslator>> &translators()
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    return installed;
}

QString &currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString Language::systemDefault()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("zh")))
            return QStringLiteral("zh_CN");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Language::preferred()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    return available().contains(chosen) ? chosen : systemDefault();
}

void Language::setPreferred(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QString Language::current()
{
    return currentCode();
}

bool Language::install(const QString &code)
{
    if (!available().contains(code))
        return false;
    for (auto &t : translators())
        QCoreApplication::removeTranslator(t.get());
    translators().clear();
    currentCode() = code;
    QLocale::setDefault(code == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(code));

    // English is the source language; its catalogue only holds plural forms.
    auto own = std::make_unique<QTranslator>();
    if (!own->load(QStringLiteral(":/i18n/countyplan_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(own.get());
    translators().push_back(std::move(own));
    if (code == QLatin1String("en"))
        return true;

    // Qt's own dialogs (file dialogs, message boxes, print preview) in the same language.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const char *catalog : {"qtbase"}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("%1_%2").arg(QLatin1String(catalog), code), qtDir)) {
            QCoreApplication::installTranslator(qt.get());
            translators().push_back(std::move(qt));
        }
    }
    return true;
}

} // namespace cp::ui
