#pragma once

// A home of the test process's own, for as long as it runs: settings (recent files,
// saved searches), the data folder (the first-run library) and the cache (the libraries
// already checked) go there, never into the user's, and ctest's processes side by side
// never race for them. Made before the Qt application, which reads them.
#include <QTemporaryDir>
#include <QtGlobal>

class TestHome
{
public:
    TestHome()
    {
        if (m_dir.isValid())
            qputenv("HOME", m_dir.path().toLocal8Bit());
        // These would lead Qt, and the programs a test starts, back to the user's folders.
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qunsetenv(name);
    }
    TestHome(const TestHome &) = delete;
    TestHome &operator=(const TestHome &) = delete;

private:
    QTemporaryDir m_dir;
};
