#pragma once

#include "Types.h"

#include <QLocale>

namespace cp {

// A quantity as a planner writes it: 15000 亩 → "1.5万亩", 140000000 公斤 → "1.4亿公斤".
QString formatQuantity(double value, const QString &unit, const QLocale &locale = QLocale());

// A computed quantity (an expected value, a forecast) as a planner would say it: whole numbers
// from 100 up, else three significant digits: 3969.55 亩 → "3970 亩", 7.6762 项 → "7.68 项".
QString formatEstimate(double value, const QString &unit, const QLocale &locale = QLocale());

// A metric's target in one short phrase: "≥1.5万亩 (from 0.8万亩)", "+≥9%", "3–5 个".
QString formatTarget(const Metric &metric, const QLocale &locale = QLocale());

} // namespace cp
