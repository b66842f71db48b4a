# The Debian package: `cpack -G DEB` in the build folder makes temaplan_VERSION_ARCH.deb,
# installable with `apt install ./temaplan_*.deb`. What goes in is what `cmake --install`
# installs (the top CMakeLists.txt); the libraries it needs are found by dpkg-shlibdeps
# (package dpkg-dev), so Depends names exactly the Qt and SQLite packages the binaries
# link. The translations and the user guide are compiled into the programs.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME temaplan)
set(CPACK_PACKAGE_VENDOR "Sund By Netværket")
set(CPACK_PACKAGE_CONTACT "Sund By Netværket <post@sundbynetvaerket.dk>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Programmes and case library for Sund By Netværket's meetings")
set(CPACK_PACKAGE_DESCRIPTION
    "Temaplan plans the programmes of Sund By Netværket's theme-group meetings, theme days\n\
and conferences - the agenda with Danish times, the speakers and the municipal cases\n\
presented - and keeps the library of past cases and meetings in one SQLite file.\n\
Programmes print in the house layout, as PDF, HTML and calendar invitations.\n\
Includes temaplan-cli, the same core on the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Binaries built RelWithDebInfo carry their debug information; the package does not.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION office)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own dialogs (buttons, file and print dialogs) in Danish.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-open-sans")
include(CPack)
