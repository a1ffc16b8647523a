<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApplyToAllDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="58"/>
        <source>Apply to all occurrences</source>
        <extracomment>Up to this many articles, the ticked rows are counted as the user ticks (their spans are read at once); beyond, the defaults are worked out when OK is pressed.</extracomment>
        <translation>应用到所有出现处</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="70"/>
        <source>This article</source>
        <translation>本文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="70"/>
        <source>This page</source>
        <translation>本版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="70"/>
        <source>Whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="86"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="87"/>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="99"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="100"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="101"/>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="163"/>
        <source>%1 of %2 ticked</source>
        <translation>已勾选 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="165"/>
        <source>Label %1</source>
        <translation>标注 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="169"/>
        <source>%1 places in %2 articles</source>
        <translation>%2 篇文章中的 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/apply_all.py" line="173"/>
        <source>Label the ticked</source>
        <translation>标注勾选的各处</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="34"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="35"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="36"/>
        <source>reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="50"/>
        <source>%1 entities · %2 figures</source>
        <translation>%1 个实体 · %2 个数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="72"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="73"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="77"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="78"/>
        <source>Ent.</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="79"/>
        <source>Fig.</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="82"/>
        <source>Page and article number</source>
        <translation>版面与文章序号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="84"/>
        <source>Review status</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="85"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="86"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../desktop/gui/widgets/article_list.py" line="87"/>
        <source>Filter articles…</source>
        <extracomment>the page column fits the names of the first rows, within these bounds</extracomment>
        <translation>筛选文章…</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="112"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="112"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>DatasetImportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="101"/>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="121"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="122"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="125"/>
        <source>How the file counts offsets</source>
        <translation>文件如何计算偏移量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="126"/>
        <source>UTF-16 code units</source>
        <translation>UTF-16 码元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="127"/>
        <source>Code points (characters)</source>
        <translation>码位（字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="130"/>
        <source>The text has characters outside the Basic Multilingual Plane (rare characters, emoji): doccano counts offsets in UTF-16 code units by default, most other tools in code points.</source>
        <translation>文本含有基本多文种平面以外的字符（生僻字、表情符号）：doccano 默认按 UTF-16 码元计算偏移量，多数其他工具按码位计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="159"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="159"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="159"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="159"/>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="171"/>
        <source>Remove the spans the file does not have (replace)</source>
        <translation>删除文件中没有的标注（替换）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="177"/>
        <source>Apply needs the tick above: this file removes or replaces spans.</source>
        <translation>需先勾选上面一项才能应用：此文件会删除或替换标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="186"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="223"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="302"/>
        <source>Offsets: UTF-16 code units</source>
        <translation>偏移量：UTF-16 码元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="304"/>
        <source>Offsets: code points</source>
        <translation>偏移量：码位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="321"/>
        <source>Duplicate: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="322"/>
        <source>Skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="330"/>
        <source>%1 record(s): %2 span(s) to add, %3 to remove, %4 to replace in %5 article(s)</source>
        <translation>%1 条记录：在 %5 篇文章中新增 %2 个标注，删除 %3 个，替换 %4 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="338"/>
        <source>%1 new article(s)</source>
        <translation>%1 篇新文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="340"/>
        <source>new label(s): %1</source>
        <translation>新标签：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="342"/>
        <source>%1 duplicate record(s), read once</source>
        <translation>%1 条重复记录，只读取一次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="350"/>
        <source>new article (%1 #%2)</source>
        <translation>新文章（%1 #%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="355"/>
        <source>article %1 (%2 #%3)</source>
        <translation>文章 %1（%2 #%3）</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="112"/>
        <location filename="../../desktop/gui/actions.py" line="115"/>
        <source>&amp;Accept span</source>
        <extracomment>single letters the window keeps for itself (accept, reject); a label whose key is one of them is reached with Shift+its key instead</extracomment>
        <translation>接受标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="124"/>
        <source>&amp;Reject span</source>
        <translation>拒绝标注(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="127"/>
        <source>&amp;Delete span</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="130"/>
        <source>&amp;Grow span end</source>
        <translation>向后扩展标注(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="135"/>
        <source>&amp;Shrink span end</source>
        <translation>向前收缩标注末端(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="140"/>
        <source>Gro&amp;w span start</source>
        <translation>向前扩展标注(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="145"/>
        <source>Shr&amp;ink span start</source>
        <translation>向后收缩标注起点(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="150"/>
        <source>Acc&amp;ept all suggestions in article</source>
        <translation>接受本文全部建议(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="156"/>
        <source>Apply to all &amp;occurrences…</source>
        <translation>应用到所有出现处(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="161"/>
        <source>&amp;Mark reviewed and go to next</source>
        <translation>标记为已审阅并转到下一篇(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="167"/>
        <source>Mark reviewed and go to the least-s&amp;ure article</source>
        <translation>标记为已审阅并转到模型最没把握的文章(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="173"/>
        <source>Next least-&amp;confident suggestion</source>
        <translation>下一个置信度最低的建议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="179"/>
        <source>&amp;Next suggestion</source>
        <translation>下一个建议(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="184"/>
        <source>&amp;Previous suggestion</source>
        <translation>上一个建议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="234"/>
        <source>Label as {name}</source>
        <translation>标注为 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="261"/>
        <source>Select some text first</source>
        <translation>请先选择文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="281"/>
        <source>No more suggestions in this article</source>
        <translation>本文没有更多建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="310"/>
        <source>No more suggestions to review</source>
        <translation>没有更多待审阅的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="329"/>
        <location filename="../../desktop/gui/actions.py" line="348"/>
        <location filename="../../desktop/gui/actions.py" line="357"/>
        <location filename="../../desktop/gui/actions.py" line="373"/>
        <source>No span under the cursor</source>
        <translation>光标处没有标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="400"/>
        <source>No article left to review</source>
        <translation>没有待审阅的文章了</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop/gui/undo.py" line="44"/>
        <source>Label %1 as %2</source>
        <extracomment>The core&apos;s templates, listed for the translation tool (lupdate) only: the words of an edit come from its own Wording, never from its class name.</extracomment>
        <translation>将 %1 标注为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="45"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="46"/>
        <source>Relabel %1 as %2</source>
        <translation>将 %1 改标为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="47"/>
        <source>Resize to %1</source>
        <translation>调整为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="48"/>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="49"/>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="50"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="51"/>
        <source>Accept all %1 suggestions</source>
        <translation>接受全部 %1 个建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="52"/>
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="53"/>
        <source>Edit figure %1</source>
        <translation>编辑数字 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="54"/>
        <source>Edit figure</source>
        <translation>编辑数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="55"/>
        <source>Mark article as %1</source>
        <translation>将文章标记为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="56"/>
        <source>Label all %1 × %2 as %3</source>
        <translation>将全部 %1 × %2 标注为 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="57"/>
        <source>Revert %1</source>
        <translation>撤回 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="58"/>
        <source>Re-suggest entities in %1 article(s)</source>
        <translation>重新建议 %1 篇文章中的实体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="59"/>
        <source>Allow nested spans</source>
        <translation>允许嵌套标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="60"/>
        <source>Disallow nested spans</source>
        <translation>禁止嵌套标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="62"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="63"/>
        <source>Import dataset %1</source>
        <translation>导入数据集 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="66"/>
        <source>Add label %1</source>
        <extracomment>Written by the facade into the history (Edit &gt; History shows them): a new label, a page.</extracomment>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="67"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="53"/>
        <source>brat standoff (folder)</source>
        <extracomment>format -&gt; (name shown, file suffix or &quot;&quot; for a folder)</extracomment>
        <translation>brat standoff（文件夹）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="55"/>
        <source>Figures (CSV)</source>
        <translation>数字（CSV）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="56"/>
        <source>Figures (JSONL)</source>
        <translation>数字（JSONL）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="67"/>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="76"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="81"/>
        <source>Only articles marked reviewed</source>
        <translation>仅已审阅的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="83"/>
        <source>Only spans marked accepted (not the other spans of reviewed articles)</source>
        <translation>只导出标为已接受的标注（不含已审阅文章的其他标注）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="85"/>
        <source>Include unreviewed suggestions</source>
        <translation>包含未审阅的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="89"/>
        <source>UTF-16 code units (default doccano project)</source>
        <translation>UTF-16 码元（doccano 默认项目）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="90"/>
        <source>code points (doccano with grapheme mode)</source>
        <translation>码位（doccano 字素模式）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="91"/>
        <source>Offsets</source>
        <translation>偏移量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="92"/>
        <source>Start with a byte-order mark (for spreadsheets)</source>
        <translation>以字节顺序标记（BOM）开头（供电子表格使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="117"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="123"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="128"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="129"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="135"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="186"/>
        <source>Included: the clean article text only, no spans.</source>
        <translation>包含：仅整理后的文章正文，不含标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="189"/>
        <source>Included: accepted spans and the spans of reviewed articles, as annotations.</source>
        <translation>包含：已接受的标注和已审阅文章的标注，作为 annotations。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="192"/>
        <source>Unreviewed suggestions as predictions.</source>
        <translation>未审阅的建议作为 predictions。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="193"/>
        <source>The labeling config is written beside the tasks.</source>
        <translation>标注配置（labeling config）写在任务文件旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="195"/>
        <source>Included: accepted figures and the figures of reviewed articles.</source>
        <translation>包含：已接受的数字和已审阅文章的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="197"/>
        <source>Unreviewed suggested figures too (status: suggested).</source>
        <translation>也包含未审阅的建议数字（status: suggested）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="199"/>
        <source>Included: accepted spans and the spans of reviewed articles.</source>
        <translation>包含：已接受的标注和已审阅文章的标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="202"/>
        <source>Unreviewed suggestions too, marked Suggested.</source>
        <translation>也包含未审阅的建议，标为 Suggested。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="204"/>
        <source>Unreviewed suggestions too, as ordinary spans.</source>
        <translation>也包含未审阅的建议，作为普通标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="206"/>
        <source>Unreviewed suggestions are left out.</source>
        <translation>未审阅的建议不导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="208"/>
        <source>A span inside another is dropped (one tag per character).</source>
        <translation>嵌套在其他标注内的标注被舍弃（每个字只有一个标签）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="250"/>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="253"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="266"/>
        <source>Choose where to save the export.</source>
        <translation>请选择导出文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/export.py" line="270"/>
        <source>Tick at least one label.</source>
        <translation>请至少勾选一个标签。</translation>
    </message>
</context>
<context>
    <name>FigureKinds</name>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="55"/>
        <source>money</source>
        <extracomment>figure kinds in words, context &quot;FigureKinds&quot; (the stored kind stays the English key)</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="56"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="57"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="58"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="59"/>
        <source>rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="60"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="61"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/gui/widgets/find_bar.py" line="39"/>
        <source>Find in article…</source>
        <translation>在文章中查找…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/find_bar.py" line="67"/>
        <location filename="../../desktop/gui/widgets/find_bar.py" line="90"/>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="51"/>
        <source>a whole imported page is not reverted here</source>
        <extracomment>The newest this many changes are listed (a project keeps every change; the list stays quick). Why a change cannot be reverted: the core&apos;s reason (English) -&gt; the words to translate.</extracomment>
        <translation>整版导入的版面不在此撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="54"/>
        <source>a new label is not reverted here</source>
        <translation>新建的标签不在此撤回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="57"/>
        <source>this change did not record what it changed</source>
        <translation>此更改未记录改动内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="113"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="114"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="114"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="114"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="115"/>
        <source>&amp;Revert</source>
        <translation>撤回(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="117"/>
        <source>Undo this change as a new step (Ctrl+Z undoes the revert)</source>
        <translation>以新的一步撤回此更改（Ctrl+Z 可撤销这次撤回）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="202"/>
        <source>%1 and %2 more</source>
        <translation>%1 等另 %2 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="208"/>
        <source>Cannot be reverted: %1</source>
        <translation>无法撤回：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="228"/>
        <source>Nothing to revert.</source>
        <translation>没有可撤回的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="231"/>
        <source>Reverted: %1</source>
        <translation>已撤回：%1</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="55"/>
        <source>Importing pages</source>
        <translation>正在导入版面</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="59"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="61"/>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="84"/>
        <source>Read %1 of %2 files: %3</source>
        <translation>已读取 %1/%2 个文件：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="92"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="32"/>
        <source>person</source>
        <extracomment>The default labels&apos; descriptions (``desktop/core/store/migrations.py``), for lupdate: a project&apos;s own descriptions are shown as they are written.</extracomment>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="33"/>
        <source>place</source>
        <translation>地名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="34"/>
        <source>organisation</source>
        <translation>机构名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="35"/>
        <source>amount of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="36"/>
        <source>percentage or rate</source>
        <translation>百分比或比率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="37"/>
        <source>count or measure</source>
        <translation>数量或度量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="38"/>
        <source>date or time</source>
        <translation>日期或时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="39"/>
        <source>rank or position</source>
        <translation>名次或位次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="40"/>
        <source>length of time</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/roles.py" line="41"/>
        <source>other number</source>
        <translation>其他数字</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/gui/widgets/legend.py" line="68"/>
        <source>filled = accepted · dashed = suggested · dotted = rejected</source>
        <extracomment>The legend takes at most this many rows when the hint can make way (chips always show).</extracomment>
        <translation>实底 = 已接受 · 虚线 = 建议 · 点线 = 已拒绝</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="373"/>
        <source>No article yet. Import pages with File &gt; Import pages… or drop them here.</source>
        <translation>还没有文章。请用“文件 &gt; 导入版面…”导入版面，或把文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="142"/>
        <source>Articles</source>
        <extracomment>The pane that has the keyboard gets a frame in the highlight colour (the style&apos;s own focus cue in a view is a dotted line round one cell, and the selected row looks the same with and without focus). The same width either way, so focus moving shifts nothing. a remembered window smaller than this opens as on first launch instead The article list&apos;s and the side tables&apos; shares of the window&apos;s width (%), the reader keeping the rest (44%: the largest pane at any size); each dock at least MIN_DOCK_PX. At 24% the list&apos;s Title column was a few characters wide at 1024x700. A dock this many pixels off the width it was given has been dragged by the user. Sized docks are taken as placed within this many pixels of the widths asked for, checked up to DOCK_PLACE_TRIES times (the layout places them on a later turn of the event loop).</extracomment>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="145"/>
        <source>Entities and figures</source>
        <translation>实体与数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="148"/>
        <source>Source page</source>
        <translation>原始版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="208"/>
        <source>article %1</source>
        <translation>第 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="212"/>
        <source>continued from %1</source>
        <translation>上接%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="214"/>
        <source>continues on %1</source>
        <translation>下转%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="223"/>
        <source>No more articles</source>
        <translation>没有更多文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="249"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="250"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="251"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="252"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="253"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="264"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="271"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="291"/>
        <source>Fi&amp;lter articles</source>
        <translation>筛选文章(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="307"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="316"/>
        <source>Allow nested &amp;spans</source>
        <translation>允许嵌套标注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="328"/>
        <source>&amp;Label as</source>
        <translation>标注为(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="343"/>
        <source>&amp;Next article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="351"/>
        <source>&amp;Previous article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="365"/>
        <source>&amp;Source page</source>
        <translation>原始版面(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="366"/>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="367"/>
        <source>&amp;Entities and figures</source>
        <translation>实体与数字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="379"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="380"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="668"/>
        <source>That line is in no article (page furniture or noise).</source>
        <translation>这一行不属于任何文章（版面信息或噪点）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="299"/>
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="508"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="56"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>OccurrenceModel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/occurrences.py" line="189"/>
        <source>Inside the longer entity %1: labelled too, since this project allows nested spans.</source>
        <translation>位于更长的实体 %1 之内：本项目允许嵌套标注，也一并标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/occurrences.py" line="194"/>
        <source>Inside the longer entity %1: not labelled on its own unless you tick it.</source>
        <translation>位于更长的实体 %1 之内：除非勾选，否则不单独标注。</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../desktop/gui/widgets/page_view.py" line="101"/>
        <source>The scan %1 could not be read; boxes only.</source>
        <extracomment>Box outline, the highlight of the selected lines&apos; boxes, and set-aside lines&apos; outline. Zoom limits (scale factor of the view), and one wheel notch / key press. Data role of a box item holding its raw line number. The user zoomed or panned by hand: leave the view where they put it. The view&apos;s own size when the page was last fitted to it (see resizeEvent).</extracomment>
        <translation>无法读取扫描图 %1；仅显示文字框。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="42"/>
        <source>Find in project</source>
        <translation>在项目中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="48"/>
        <source>Words to find in every article</source>
        <translation>要在所有文章中查找的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="124"/>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="126"/>
        <source>The first %1 hits.</source>
        <translation>前 %1 条结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="128"/>
        <source>%1 hit(s).</source>
        <translation>%1 条结果。</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="28"/>
        <source>Shift+Arrows / mouse</source>
        <extracomment>(keys, what they do); descriptions are marked for translation in context &quot;Shortcuts&quot;</extracomment>
        <translation>Shift+方向键 / 鼠标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="29"/>
        <source>Select text in the reader</source>
        <translation>在阅读区选择文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="32"/>
        <source>Label key (see legend)</source>
        <translation>标签键（见图例）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="33"/>
        <source>Label the selection, or relabel the span under the cursor</source>
        <translation>标注所选文本，或为光标处的标注改换标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="35"/>
        <source>Accept the span</source>
        <translation>接受标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="36"/>
        <source>Reject the span</source>
        <translation>拒绝标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="37"/>
        <source>Delete the span</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="40"/>
        <source>Grow / shrink the span&apos;s end by one character</source>
        <translation>将标注末端扩展 / 收缩一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="44"/>
        <source>Grow / shrink the span&apos;s start by one character</source>
        <translation>将标注起点扩展 / 收缩一个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="48"/>
        <source>Select the next / previous suggestion</source>
        <translation>选择下一个 / 上一个建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="50"/>
        <source>Accept all suggestions in the article</source>
        <translation>接受本文全部建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="51"/>
        <source>Apply the span&apos;s label to all occurrences…</source>
        <translation>将该标注的标签应用到所有出现处…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="54"/>
        <source>Select the next least-confident suggestion (this article, then the next ones)</source>
        <translation>选中下一个置信度最低的建议（先本文，再后面的文章）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="59"/>
        <source>Mark the article reviewed and go to the next</source>
        <translation>标记本文已审阅并转到下一篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="62"/>
        <source>Mark the article reviewed and go to the one the model is least sure of</source>
        <translation>将文章标记为已审阅并转到模型最没把握的文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="66"/>
        <source>Next / previous article</source>
        <translation>下一篇 / 上一篇文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="67"/>
        <source>Filter the article list</source>
        <translation>筛选文章列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="70"/>
        <source>Find in the article / next (in the find box Shift+Enter: previous)</source>
        <translation>在文章中查找 / 下一个（在查找框中按 Shift+Enter：上一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="74"/>
        <source>Show or hide the source page</source>
        <translation>显示或隐藏原始版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="75"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="76"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="411"/>
        <source>Group by text</source>
        <extracomment>rows a column measures to fit its contents (all rows made article switches slow) a fitted column is never wider than this (the tooltip and a drag show the rest) room around a cell&apos;s text: margins, plus the colour swatch or check box where there is one The first column (the span&apos;s text) takes at most this share of the table&apos;s width, and at least MIN_TEXT_PX, so the columns after it stay in view in a narrow pane.</extracomment>
        <translation>按文本分组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="414"/>
        <source>One row per text and label, counting its spans; double-click a row to step through them</source>
        <translation>每个文本与标签一行，并统计其标注数；双击一行可逐个查看</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="437"/>
        <source>Entities ({n} spans, {k} distinct)</source>
        <translation>实体（{n} 处，{k} 种）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="442"/>
        <source>Entities ({n})</source>
        <translation>实体（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="444"/>
        <source> · {r} rejected</source>
        <translation> · 已拒绝 {r} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="447"/>
        <source>Figures ({n})</source>
        <translation>数字（{n}）</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="58"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="59"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="82"/>
        <source>This page was read from plain text: it has no boxes to lay out.</source>
        <translation>此页读自纯文本：没有可排布的文字框。</translation>
    </message>
</context>
<context>
    <name>SpanTables</name>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="46"/>
        <source>suggested</source>
        <extracomment>translation context of the tables&apos; words (marked for pyside6-lupdate with QT_TRANSLATE_NOOP)</extracomment>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="47"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="48"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="66"/>
        <source>added by you</source>
        <extracomment>tooltip words (marked here, where pyside6-lupdate finds them; ``_t`` translates them)</extracomment>
        <translation>由你添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="67"/>
        <source>found automatically</source>
        <translation>自动发现</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="68"/>
        <source>Occurrence %1 of %2 of this text in the article; %3 of them have a span</source>
        <translation>本文中此文本的第 %1 处（共 %2 处）；其中 %3 处已有标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="71"/>
        <source>suggested by %1</source>
        <translation>建议来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="74"/>
        <source>model</source>
        <extracomment>who proposed a suggestion, in words (a rule id such as &quot;rule:orgs&quot; is shown as stored)</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="75"/>
        <source>lexicon</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="77"/>
        <source>%1 spans of this text, at %1 of its %2 places in the article</source>
        <translation>此文本有 %1 处标注，在本文中它的 %2 处出现中占 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="271"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="272"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="273"/>
        <location filename="../../desktop/gui/models/annotations.py" line="424"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="274"/>
        <source>Occurs</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="275"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="418"/>
        <source>Surface</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="419"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="420"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="421"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="422"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="423"/>
        <source>Approx</source>
        <translation>约数</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <location filename="../../desktop/gui/fonts.py" line="64"/>
        <source>No font that can show Chinese was found, so article text would appear as empty boxes. Install a Chinese font (for example fonts-noto-cjk on Debian or Ubuntu, google-noto-sans-cjk-fonts on Fedora) and restart newsdesk.</source>
        <extracomment>Families known to cover simplified Chinese well, best first (any other CJK family also works).</extracomment>
        <translation>未找到可显示中文的字体，文章文字将显示为空白方框。请安装中文字体（例如 Debian/Ubuntu 上的 fonts-noto-cjk，Fedora 上的 google-noto-sans-cjk-fonts），然后重新启动 newsdesk。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="25"/>
        <source>Imported %1 of %2 pages</source>
        <translation>已导入 %1/%2 个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="30"/>
        <source>Imported %n page(s)</source>
        <translation>已导入 %n 个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="32"/>
        <source>%n already in the project</source>
        <translation>%n 个已在项目中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="34"/>
        <source>%n could not be read</source>
        <translation>%n 个无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="37"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../../desktop/gui/dialogs/project_menu.py" line="35"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/project_menu.py" line="41"/>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/project_menu.py" line="67"/>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="48"/>
        <source>&amp;Import pages…</source>
        <translation>导入版面(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="52"/>
        <source>Import a &amp;folder of pages…</source>
        <translation>导入文件夹中的版面(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="57"/>
        <source>Import &amp;dataset…</source>
        <translation>导入数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="72"/>
        <source>Pages and OCR files (*.txt *.json *.hocr *.html *.xml *.tsv);;All files (*)</source>
        <translation>版面和 OCR 文件 (*.txt *.json *.hocr *.html *.xml *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="90"/>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="92"/>
        <source>doccano or Label Studio datasets (*.jsonl *.json);;All files (*)</source>
        <translation>doccano 或 Label Studio 数据集 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/workflows.py" line="59"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search_flow.py" line="31"/>
        <source>Find in &amp;project…</source>
        <translation>在项目中查找(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="85"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="30"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="36"/>
        <source>&amp;About newsdesk</source>
        <translation>关于 newsdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="69"/>
        <source>Import pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="82"/>
        <source>Import every page in a folder</source>
        <translation>导入文件夹中的所有版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session.py" line="145"/>
        <source>An import is already running.</source>
        <extracomment>During an import, the views hear of new pages at most this often (ms), and once at the end (reloading a 10,000-article list after each of a thousand pages would be most of the import).</extracomment>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="147"/>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/workflows.py" line="113"/>
        <source>Exported %1 article(s) to %2</source>
        <translation>已导出 %1 篇文章到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="48"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="61"/>
        <source>About newsdesk</source>
        <translation>关于 newsdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="64"/>
        <source>newsdesk: read, correct and export OCR&apos;d Chinese newspaper pages.
Every correction is saved at once to the project file.</source>
        <translation>newsdesk：阅读、校正并导出 OCR 识别的中文报纸版面。
每一处修改都会立即保存到项目文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/help_menu.py" line="97"/>
        <source>&amp;System language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="70"/>
        <location filename="../../desktop/gui/projects.py" line="82"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="72"/>
        <source>%1 is empty. Make it a new project?</source>
        <translation>%1 是空文件。要把它作为新项目吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="84"/>
        <location filename="../../desktop/gui/projects.py" line="95"/>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation>项目 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="93"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="51"/>
        <source>Cannot open project</source>
        <extracomment>A dropped file with one of these endings is opened as a project, not imported as a page.</extracomment>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/__init__.py" line="56"/>
        <source>No Chinese font</source>
        <translation>没有中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="28"/>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="29"/>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="30"/>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="32"/>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="36"/>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="37"/>
        <source>File</source>
        <extracomment>Shortcuts this package adds to the window (see :func:`desktop.gui.dialogs.install`).</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="28"/>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="29"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="30"/>
        <source>Import pages…</source>
        <translation>导入版面…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="33"/>
        <source>Import a folder of pages…</source>
        <translation>导入文件夹中的版面…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="36"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="37"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="39"/>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="43"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="40"/>
        <source>Find in project…</source>
        <translation>在项目中查找…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="43"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="44"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="285"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>train</name>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="41"/>
        <source>Trained on %1 reviewed article(s) in %2 s.</source>
        <translation>已用 %1 篇已审阅文章训练，用时 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="45"/>
        <source>F1 on %1 reviewed article(s) held back from training: %2 (shipped model: %3).</source>
        <translation>在训练时留出的 %1 篇已审阅文章上的 F1：%2（内置模型：%3）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="68"/>
        <source>&amp;Train the project&apos;s model…</source>
        <extracomment>the training&apos;s report, once it has ended (not when cancelled or failed) the re-suggestion, once it is on the undo stack</extracomment>
        <translation>训练本项目的模型(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="84"/>
        <source>The project&apos;s model is already being trained.</source>
        <translation>本项目的模型正在训练中。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="107"/>
        <source>Training the project&apos;s model</source>
        <translation>正在训练本项目的模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="108"/>
        <source>Learning from the reviewed articles…</source>
        <translation>正在从已审阅的文章中学习…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="133"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="149"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="159"/>
        <source>Training cancelled; the project&apos;s model is unchanged.</source>
        <translation>训练已取消；本项目的模型未改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="168"/>
        <source>The project&apos;s model is trained</source>
        <translation>本项目的模型已训练完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="173"/>
        <source>Re-suggest the entities of the %1 article(s) not reviewed with it? Your own, accepted and rejected spans stay; Edit &gt; Undo takes it back in one step.</source>
        <translation>用它重新建议 %1 篇未审阅文章中的实体吗？您自己添加的、已接受和已拒绝的标注保持不变；“编辑 &gt; 撤销”可一步撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/training.py" line="213"/>
        <source>Re-suggesting the articles not reviewed…</source>
        <translation>正在重新建议未审阅的文章…</translation>
    </message>
</context>
</TS>
