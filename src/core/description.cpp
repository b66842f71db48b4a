#include "description.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace temaplan {

namespace {
const QString bulletMark = u"• "_s;
}

QString descriptionToMarkup(const Description &description)
{
    QStringList lines;
    lines.reserve(description.size());
    for (const TextBlock &b : description)
        lines << (b.kind == TextBlock::Kind::Bullet ? bulletMark + b.text : b.text);
    return lines.join(u'\n');
}

Description descriptionFromMarkup(const QString &markup)
{
    Description out;
    const QStringList lines = markup.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        TextBlock block;
        if (trimmed.startsWith(u'•') || trimmed.startsWith(u"- "_s) || trimmed.startsWith(u"* "_s)) {
            block.kind = TextBlock::Kind::Bullet;
            block.text = trimmed.mid(1).trimmed();
        } else {
            block.text = trimmed;
        }
        if (!block.text.isEmpty())
            out << block;
    }
    return out;
}

QString descriptionToPlainText(const Description &description)
{
    QStringList parts;
    for (const TextBlock &b : description)
        parts << b.text;
    return parts.join(u'\n');
}

} // namespace temaplan
