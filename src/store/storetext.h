#pragma once

#include <QCoreApplication>

namespace temaplan::store {

// The context of the store's messages, the same for tr() at run time and for lupdate:
// the store has no QObject, and a free tr() helper would hide its context from lupdate,
// which names a context after the function a call stands in.
struct Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace temaplan::store
