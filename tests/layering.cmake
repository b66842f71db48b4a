# Fails when a layer includes a header of a layer above it. The CMake links already
# forbid using the code; this catches an include that would only compile by accident.
set(rules
    "core|QtGui|QtWidgets|QtPrintSupport|QtSql|sqlite3.h|\"store/|\"render/|\"app/|<store/|<render/|<app/"
    "store|QtGui|QtWidgets|QtPrintSupport|\"render/|\"app/|<render/|<app/"
    "render|QtWidgets|QtPrintSupport|sqlite3.h|\"store/|\"app/|<app/"
    "cli|QtWidgets|QtPrintSupport|sqlite3.h|\"app/|<app/")
set(bad "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(POP_FRONT parts layer)
    file(GLOB_RECURSE files "${SRC}/${layer}/*.h" "${SRC}/${layer}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS includes)
            foreach(forbidden IN LISTS parts)
                string(FIND "${line}" "${forbidden}" pos)
                if(NOT pos EQUAL -1)
                    string(APPEND bad "${f}: ${line}\n")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()
if(bad)
    message(FATAL_ERROR "Layer violations:\n${bad}")
endif()
message(STATUS "layering: every include points down")
