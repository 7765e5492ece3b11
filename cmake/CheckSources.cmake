# Fails the build when a source file breaks a rule the compiler cannot see:
#   Layering: core/ may use QtCore, QtSql, QtGui only (no QtWidgets, QtCharts, QtPrintSupport, no ui/
#   or app/ header); ui/ may use core/, never app/.
#   Text: QLatin1String/QLatin1Char/QLatin1StringView hold ASCII only (Chinese text in them is garbled).
# Run at build time (target check_sources, a dependency of every target) so a wrong-way include
# stops the build even where the compiler's include path would happen to find the header.
cmake_minimum_required(VERSION 3.25)

set(forbidden_qt_in_core "QtWidgets|QtCharts|QtPrintSupport|QtSvgWidgets|QtOpenGLWidgets|QWidget|QMainWindow|QApplication|QDialog|QChart|QPrinter|QAbstractButton|QLineEdit|QTableView|QTreeView|QUndoStack|QUndoCommand")
set(violations "")

function(scan_dir dir pattern reason)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines ENCODING UTF-8 REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${pattern}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                list(APPEND violations "${rel}: ${line}  (${reason})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

scan_dir(core "[<\"/](${forbidden_qt_in_core})[>/\"]|[<\"](ui|app|views|models|commands|charts|meeting)/" "core is QtCore/QtSql/QtGui only")
scan_dir(core "\\.\\./(ui|app)/" "core must not include ui or app")
scan_dir(ui "[<\"](app|cli)/|\\.\\./app/" "ui must not include app")

if(violations)
    list(JOIN violations "\n  " msg)
    message(FATAL_ERROR "Layering violation:\n  ${msg}")
endif()

# Non-ASCII bytes inside QLatin1String("…") / QLatin1Char('…').
set(latin1_violations "")
file(GLOB_RECURSE all_sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/tests/*.cpp"
     "${SOURCE_DIR}/tests/*.h")
foreach(f IN LISTS all_sources)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    if(rel MATCHES "^tests/layering/")
        continue() # the deliberately broken fixtures of the tests below
    endif()
    file(STRINGS "${f}" lines ENCODING UTF-8 REGEX "QLatin1(String|Char|StringView)\\(")
    foreach(line IN LISTS lines)
        string(REGEX MATCHALL "QLatin1(String|Char|StringView)\\(\"[^\"]*\"\\)|QLatin1Char\\('[^']*'\\)" literals "${line}")
        foreach(literal IN LISTS literals)
            string(REGEX REPLACE "[ -~\t]" "" non_ascii "${literal}")
            if(NOT non_ascii STREQUAL "")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                list(APPEND latin1_violations "${rel}: ${literal}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(latin1_violations)
    list(JOIN latin1_violations "\n  " msg)
    message(FATAL_ERROR "Non-ASCII text in a Latin-1 literal (use QStringLiteral):\n  ${msg}")
endif()
