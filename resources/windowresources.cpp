// The window's resources are added by qt_add_resources; a static library needs at least
// one source of its own.
namespace temaplan::resources {
int windowAnchor() { return 0; }
} // namespace temaplan::resources
