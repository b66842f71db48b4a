#include "casesavedsearches.h"

#include "store/library.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// One settings group per library file, named by a hash of its absolute path (a path
// holds slashes, which QSettings reads as groups).
QString groupFor(const QString &libraryPath)
{
    const QByteArray path = QFileInfo(libraryPath).absoluteFilePath().toUtf8();
    return u"savedCaseSearches/"_s
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QList<SavedCaseSearch> loadSavedSearches(const QString &libraryPath)
{
    QList<SavedCaseSearch> searches;
    if (libraryPath.isEmpty())
        return searches;
    QSettings settings;
    const int n = settings.beginReadArray(groupFor(libraryPath));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        SavedCaseSearch s;
        s.name = settings.value(u"name"_s).toString();
        s.filter.text = settings.value(u"text"_s).toString();
        s.filter.ownerIds = settings.value(u"owners"_s).toStringList();
        s.filter.themes = settings.value(u"themes"_s).toStringList();
        for (const QString &year : settings.value(u"startYears"_s).toStringList())
            s.filter.startYears.append(year.toInt());
        s.filter.themeGroupIds = settings.value(u"themeGroups"_s).toStringList();
        if (!s.name.isEmpty())
            searches.append(s);
    }
    settings.endArray();
    return searches;
}

void storeSavedSearches(const QString &libraryPath, const QList<SavedCaseSearch> &searches)
{
    if (libraryPath.isEmpty())
        return;
    QSettings settings;
    settings.remove(groupFor(libraryPath));
    settings.beginWriteArray(groupFor(libraryPath), int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        const SavedCaseSearch &s = searches.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, s.name);
        settings.setValue(u"text"_s, s.filter.text);
        settings.setValue(u"owners"_s, s.filter.ownerIds);
        settings.setValue(u"themes"_s, s.filter.themes);
        QStringList years;
        for (int year : s.filter.startYears)
            years.append(QString::number(year));
        settings.setValue(u"startYears"_s, years);
        settings.setValue(u"themeGroups"_s, s.filter.themeGroupIds);
    }
    settings.endArray();
}

CaseSavedSearches::CaseSavedSearches(LibraryAccess library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_reader(new ReaderThread(std::move(library), u"saved searches"_s, this))
    , m_list(new QListWidget(this))
{
    auto *heading = new QLabel(tr("Gemte søgninger"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_list->setObjectName(u"savedCaseSearches"_s);
    m_list->setAccessibleName(tr("Gemte søgninger"));
    m_list->setToolTip(
        tr("Vælg en søgning for at vise den igen; F2 omdøber den, Delete fjerner den"));
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(m_list);

    m_askName = [this](const QString &suggested) {
        return QInputDialog::getText(this, tr("Gem søgning"), tr("Navn på søgningen:"), QLineEdit::Normal,
                                     suggested);
    };
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_searches.size())
            Q_EMIT chosen(m_searches.at(row).filter);
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &CaseSavedSearches::showMenu);
    connect(m_reader, &ReaderThread::finished, this, [this](quint64, const Status &status) {
        if (status)
            Q_EMIT counted();
        else
            Q_EMIT failed(status.error());
    });
    fill();
}

void CaseSavedSearches::setLibraryPath(const QString &path)
{
    const bool other = path != m_path;
    if (other) {
        m_path = path;
        m_searches = loadSavedSearches(path);
        m_counts = QList<int>(m_searches.size(), -1);
    }
    fill();
    count();
    if (other)
        Q_EMIT searchesChanged();
}

void CaseSavedSearches::recount()
{
    // The counts shown stay until the new ones replace them, one by one.
    count();
}

int CaseSavedSearches::countAt(int index) const
{
    return index >= 0 && index < m_counts.size() ? m_counts.at(index) : -1;
}

bool CaseSavedSearches::save(const CaseFilter &filter)
{
    const QString name = m_askName(filter.text).trimmed();
    if (name.isEmpty())
        return false;
    SavedCaseSearch s{name, filter};
    s.filter.order = {};
    s.filter.descending = false;
    m_searches.append(s);
    m_counts.append(-1);
    storeSavedSearches(m_path, m_searches);
    fill();
    count();
    Q_EMIT searchesChanged();
    return true;
}

bool CaseSavedSearches::rename(int index)
{
    if (index < 0 || index >= m_searches.size())
        return false;
    const QString name = m_askName(m_searches.at(index).name).trimmed();
    if (name.isEmpty() || name == m_searches.at(index).name)
        return false;
    m_searches[index].name = name;
    storeSavedSearches(m_path, m_searches);
    fill();
    m_list->setCurrentRow(index);
    Q_EMIT searchesChanged();
    return true;
}

void CaseSavedSearches::remove(int index)
{
    if (index < 0 || index >= m_searches.size())
        return;
    m_searches.removeAt(index);
    m_counts.removeAt(index);
    storeSavedSearches(m_path, m_searches);
    fill();
    // The places of the searches after it moved: a count under way would show its
    // numbers on the wrong lines.
    count();
    Q_EMIT searchesChanged();
}

void CaseSavedSearches::showMenu(const QPoint &pos)
{
    const int row = m_list->row(m_list->itemAt(pos));
    if (row < 0 || row >= m_searches.size())
        return;
    QMenu menu(this);
    menu.addAction(tr("Omdøb …"), this, [this, row] { rename(row); });
    menu.addAction(tr("Slet"), this, [this, row] { remove(row); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool CaseSavedSearches::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && m_list->currentRow() >= 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete) {
            remove(m_list->currentRow());
            return true;
        }
        if (key == Qt::Key_F2) {
            rename(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaseSavedSearches::fill()
{
    m_list->clear();
    for (int i = 0; i < m_searches.size(); ++i)
        m_list->addItem(lineText(i));
    if (m_searches.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("Ingen gemte søgninger endnu"), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
}

QString CaseSavedSearches::lineText(int index) const
{
    const QString &name = m_searches.at(index).name;
    const int n = countAt(index);
    return n >= 0 ? tr("%1 (%2)").arg(name).arg(n) : name;
}

void CaseSavedSearches::count()
{
    if (m_searches.isEmpty() || !m_library()) {
        m_reader->cancel();
        m_counts.fill(-1);
        fill();
        return;
    }
    QList<CaseFilter> filters;
    for (const SavedCaseSearch &s : m_searches)
        filters.append(s.filter);
    m_reader->run([this, filters](const Library &library, const ReaderThread::Deliver &deliver) -> Status {
        for (int i = 0; i < filters.size(); ++i) {
            const Result<int> n = library.countCases(filters.at(i));
            if (!n)
                return n.error();
            // Each line as soon as it is counted; on the window's thread, and only if
            // no newer count was asked for meanwhile (the lines are still these).
            deliver([this, i, found = *n] { showCount(i, found); });
        }
        return {};
    });
}

void CaseSavedSearches::showCount(int index, int count)
{
    if (index < 0 || index >= m_counts.size())
        return;
    m_counts[index] = count;
    if (QListWidgetItem *item = m_list->item(index))
        item->setText(lineText(index));
}

} // namespace temaplan::app
