# Writes PROGRAM --help-man to OUTPUT (the build's man page step; fails when the program does).
execute_process(COMMAND ${PROGRAM} --help-man OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "${PROGRAM} --help-man failed: ${rc}")
endif()
