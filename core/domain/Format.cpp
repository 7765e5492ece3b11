#include "Format.h"

#include <QCoreApplication>

#include <cmath>

namespace cp {

namespace {

struct Scale
{
    double factor = 1;
    QString prefix; // 万 or 亿
};

bool isPercent(const QString &unit)
{
    return unit == QLatin1String("%") || unit == QStringLiteral("％");
}

QString number(double v, QLocale locale)
{
    // As the documents write numbers: no group separators, up to four decimals, no trailing zeros.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString s = locale.toString(v, 'f', 4);
    const QString point = locale.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

// 万 and 亿 only for round numbers, as a planner would write them.
Scale automaticScale(double value, const QString &unit)
{
    const double a = std::abs(value);
    if (isPercent(unit))
        return {};
    if (a >= 1e8 && std::fmod(a, 1e4) == 0)
        return {1e8, QStringLiteral("亿")};
    if (a >= 1e4 && std::fmod(a, 100) == 0)
        return {1e4, QStringLiteral("万")};
    return {};
}

// The scale the document used for this metric ("由0.8万亩达到1.5万亩", "0.5亿元"), so that
// target and baseline read as in the text; by magnitude where the text used none.
Scale metricScale(const Metric &m)
{
    if (isPercent(m.unit))
        return {};
    if (!m.unit.isEmpty()) {
        if (m.quote.contains(QStringLiteral("亿") + m.unit))
            return {1e8, QStringLiteral("亿")};
        if (m.quote.contains(QStringLiteral("万") + m.unit))
            return {1e4, QStringLiteral("万")};
    }
    return automaticScale(m.value, m.unit);
}

QString scaled(double value, const QString &unit, const Scale &scale, const QLocale &locale)
{
    if (isPercent(unit))
        return number(value, locale) + QLatin1Char('%');
    const QString n = number(value / scale.factor, locale);
    if (!scale.prefix.isEmpty())
        return n + scale.prefix + unit;
    if (unit.isEmpty())
        return n;
    // A space between Latin-script numbers and a CJK unit reads better: 160 座.
    return n + QLatin1Char(' ') + unit;
}

} // namespace

QString formatQuantity(double value, const QString &unit, const QLocale &locale)
{
    return scaled(value, unit, automaticScale(value, unit), locale);
}

QString formatEstimate(double value, const QString &unit, const QLocale &locale)
{
    const double a = std::abs(value);
    double rounded = std::round(value);
    if (a > 0 && a < 100) {
        const double factor = std::pow(10.0, 2 - std::floor(std::log10(a)));
        rounded = std::round(value * factor) / factor;
    }
    return formatQuantity(rounded, unit, locale);
}

QString formatTarget(const Metric &m, const QLocale &locale)
{
    const Scale scale = metricScale(m);
    QString target;
    if (m.valueMax) {
        target = QStringLiteral("%1–%2").arg(number(m.value / scale.factor, locale),
                                             scaled(*m.valueMax, m.unit, scale, locale));
    } else {
        const QString symbol =
            m.comparator == Comparator::Equal ? QString() : comparatorSymbol(m.comparator);
        target = symbol + scaled(m.value, m.unit, scale, locale);
    }
    if (m.kind == MetricKind::GrowthPct)
        target = QCoreApplication::translate("cp::Format", "growth %1").arg(target);
    if (m.baseline)
        target = QCoreApplication::translate("cp::Format", "%1 (from %2)")
                     .arg(target, scaled(*m.baseline, m.unit, scale, locale));
    return target;
}

} // namespace cp
