#pragma once

#include "Types.h"

#include <QLocale>

namespace cp {

// A quantity as a planner writes it: 15000 亩 → "1.5万亩", 140000000 公斤 → "1.4亿公斤".
QString formatQuantity(double value, const QString &unit, const QLocale &locale = QLocale());

// A metric's target in one short phrase: "≥1.5万亩 (from 0.8万亩)", "+≥9%", "3–5 个".
QString formatTarget(const Metric &metric, const QLocale &locale = QLocale());

} // namespace cp
