#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "countyplan.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "countyplan.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExchange, "countyplan.exchange", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProgress, "countyplan.progress", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "countyplan.report", QtWarningMsg)
