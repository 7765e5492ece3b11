#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cp::ui {

// The user-interface language: follows the system locale unless the user picked one
// (Settings → Language, or --lang). Installs CountyPlan's and Qt's own translations.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::Language)

public:
    // Language codes CountyPlan ships: "en" (the source language) and "zh_CN".
    static QStringList available();
    // The language's name in itself: "English", "简体中文".
    static QString nativeName(const QString &code);
    // zh_CN when the system prefers Chinese, en otherwise.
    static QString systemDefault();
    // The code a user's setting or the system asks for; "" in settings means "follow the system".
    static QString preferred();
    static void setPreferred(const QString &code);
    // Replaces the installed translators; returns false when code is not available.
    static bool install(const QString &code);
    static QString current();
};

} // namespace cp::ui
