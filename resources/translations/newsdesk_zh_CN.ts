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
        <location filename="../../desktop/gui/models/articles.py" line="38"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="39"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="40"/>
        <source>reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="54"/>
        <source>%1 entities · %2 figures</source>
        <translation>%1 个实体 · %2 个数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="55"/>
        <source>When this page was imported:</source>
        <translation>导入此版面时：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="90"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="91"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="95"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="96"/>
        <source>Ent.</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="97"/>
        <source>Fig.</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="100"/>
        <source>Page and article number</source>
        <translation>版面与文章序号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="102"/>
        <source>Review status</source>
        <translation>审阅状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="103"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/articles.py" line="104"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../desktop/gui/widgets/article_list.py" line="114"/>
        <source>Filter articles…</source>
        <extracomment>the page column fits the names of the first rows, within these bounds the title column&apos;s least share of the list&apos;s width before the count columns step aside (at 1024x700 they do, in English as in Chinese: 0.40 fell between the two) the page column grows past a quarter of the list only while the title keeps this share</extracomment>
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
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="102"/>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="122"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="123"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="126"/>
        <source>How the file counts offsets</source>
        <translation>文件如何计算偏移量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="127"/>
        <source>UTF-16 code units</source>
        <translation>UTF-16 码元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="128"/>
        <source>Code points (characters)</source>
        <translation>码位（字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="131"/>
        <source>The text has characters outside the Basic Multilingual Plane (rare characters, emoji): doccano counts offsets in UTF-16 code units by default, most other tools in code points.</source>
        <translation>文本含有基本多文种平面以外的字符（生僻字、表情符号）：doccano 默认按 UTF-16 码元计算偏移量，多数其他工具按码位计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="160"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="160"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="160"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="160"/>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="172"/>
        <source>Remove the spans the file does not have (replace)</source>
        <translation>删除文件中没有的标注（替换）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="178"/>
        <source>Apply needs the tick above: this file removes or replaces spans.</source>
        <translation>需先勾选上面一项才能应用：此文件会删除或替换标注。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="187"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="224"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="303"/>
        <source>Offsets: UTF-16 code units</source>
        <translation>偏移量：UTF-16 码元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="305"/>
        <source>Offsets: code points</source>
        <translation>偏移量：码位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="322"/>
        <source>Duplicate: %1</source>
        <translation>重复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="323"/>
        <source>Skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="331"/>
        <source>%1 record(s): %2 span(s) to add, %3 to remove, %4 to replace in %5 article(s)</source>
        <translation>%1 条记录：在 %5 篇文章中新增 %2 个标注，删除 %3 个，替换 %4 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="340"/>
        <source>%1 new article(s)</source>
        <translation>%1 篇新文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="343"/>
        <source>new label(s): %1</source>
        <translation>新标签：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="346"/>
        <source>%1 duplicate record(s), read once</source>
        <translation>%1 条重复记录，只读取一次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="357"/>
        <source>new article (%1 #%2)</source>
        <translation>新文章（%1 #%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/dataset_import.py" line="362"/>
        <source>article %1 (%2 #%3)</source>
        <translation>文章 %1（%2 #%3）</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="121"/>
        <location filename="../../desktop/gui/actions.py" line="124"/>
        <source>&amp;Accept span</source>
        <extracomment>single letters the window keeps for itself (accept, reject); a label whose key is one of them is reached with Shift+its key instead</extracomment>
        <translation>接受标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="133"/>
        <source>&amp;Reject span</source>
        <translation>拒绝标注(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="136"/>
        <source>&amp;Delete span</source>
        <translation>删除标注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="139"/>
        <source>&amp;Grow span end</source>
        <translation>向后扩展标注(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="144"/>
        <source>&amp;Shrink span end</source>
        <translation>向前收缩标注末端(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="149"/>
        <source>Gro&amp;w span start</source>
        <translation>向前扩展标注(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="154"/>
        <source>Shr&amp;ink span start</source>
        <translation>向后收缩标注起点(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="159"/>
        <source>Acc&amp;ept all suggestions in article</source>
        <translation>接受本文全部建议(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="165"/>
        <source>Apply to all &amp;occurrences…</source>
        <translation>应用到所有出现处(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="170"/>
        <source>&amp;Mark reviewed and go to next</source>
        <translation>标记为已审阅并转到下一篇(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="176"/>
        <source>Mark reviewed and go to the least-s&amp;ure article</source>
        <translation>标记为已审阅并转到模型最没把握的文章(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="182"/>
        <source>Next least-&amp;confident suggestion</source>
        <translation>下一个置信度最低的建议(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="188"/>
        <source>&amp;Next suggestion</source>
        <translation>下一个建议(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="193"/>
        <source>&amp;Previous suggestion</source>
        <translation>上一个建议(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="243"/>
        <source>Label as {name}</source>
        <translation>标注为 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="270"/>
        <source>Select some text first</source>
        <translation>请先选择文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="290"/>
        <source>No more suggestions in this article</source>
        <translation>本文没有更多建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="319"/>
        <source>No more suggestions to review</source>
        <translation>没有更多待审阅的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="338"/>
        <location filename="../../desktop/gui/actions.py" line="357"/>
        <location filename="../../desktop/gui/actions.py" line="366"/>
        <location filename="../../desktop/gui/actions.py" line="382"/>
        <source>No span under the cursor</source>
        <translation>光标处没有标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="409"/>
        <source>No article left to review</source>
        <translation>没有待审阅的文章了</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop/gui/undo.py" line="45"/>
        <source>Label %1 as %2</source>
        <extracomment>The core&apos;s templates, listed for the translation tool (lupdate) only: the words of an edit come from its own Wording, never from its class name.</extracomment>
        <translation>将 %1 标注为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="46"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="47"/>
        <source>Relabel %1 as %2</source>
        <translation>将 %1 改标为 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="48"/>
        <source>Resize to %1</source>
        <translation>调整为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="49"/>
        <source>Accept %1</source>
        <translation>接受 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="50"/>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="51"/>
        <source>Reopen %1</source>
        <translation>重新打开 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="52"/>
        <source>Accept all %1 suggestions</source>
        <translation>接受全部 %1 个建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="53"/>
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="54"/>
        <source>Edit figure %1</source>
        <translation>编辑数字 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="55"/>
        <source>Edit figure</source>
        <translation>编辑数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="56"/>
        <source>Mark article as %1</source>
        <translation>将文章标记为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="57"/>
        <source>Label all %1 × %2 as %3</source>
        <translation>将全部 %1 × %2 标注为 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="58"/>
        <source>Revert %1</source>
        <translation>撤回 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="59"/>
        <source>Re-suggest entities in %1 article(s)</source>
        <translation>重新建议 %1 篇文章中的实体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="60"/>
        <source>Allow nested spans</source>
        <translation>允许嵌套标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="61"/>
        <source>Disallow nested spans</source>
        <translation>禁止嵌套标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="63"/>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="64"/>
        <source>Import dataset %1</source>
        <translation>导入数据集 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="67"/>
        <source>Add label %1</source>
        <extracomment>Written by the facade into the history (Edit &gt; History shows them): a new label, a page.</extracomment>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/undo.py" line="68"/>
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
        <location filename="../../desktop/gui/models/annotations.py" line="60"/>
        <source>money</source>
        <extracomment>figure kinds in words, context &quot;FigureKinds&quot; (the stored kind stays the English key)</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="61"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="62"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="63"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="64"/>
        <source>rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="65"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="66"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FilteredNote</name>
    <message>
        <location filename="../../desktop/gui/widgets/filtered_note.py" line="50"/>
        <source>Not in the list: the filter “%1” hides this article.</source>
        <translation>不在列表中：筛选“%1”隐藏了这篇文章。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/filtered_note.py" line="54"/>
        <source>Show all articles</source>
        <translation>显示全部文章</translation>
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
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="67"/>
        <source>Importing pages</source>
        <translation>正在导入版面</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="71"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>正在读取 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="73"/>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="96"/>
        <source>Read %1 of %2 files: %3</source>
        <translation>已读取 %1/%2 个文件：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="104"/>
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
        <location filename="../../desktop/gui/main_window.py" line="408"/>
        <source>No article yet. Import pages with File &gt; Import pages… or drop them here.</source>
        <translation>还没有文章。请用“文件 &gt; 导入版面…”导入版面，或把文件拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="160"/>
        <source>Articles</source>
        <extracomment>The pane that has the keyboard gets a frame in the highlight colour (the style&apos;s own focus cue in a view is a dotted line round one cell, and the selected row looks the same with and without focus). The same width either way, so focus moving shifts nothing. a remembered window smaller than this opens as on first launch instead The article list&apos;s and the side tables&apos; shares of the window&apos;s width (%), the reader keeping the rest (44%: the largest pane at any size); each dock at least MIN_DOCK_PX. At 24% the list&apos;s Title column was a few characters wide at 1024x700. A dock this many pixels off the width it was given has been dragged by the user. Sized docks are taken as placed within this many pixels of the widths asked for, checked up to DOCK_PLACE_TRIES times (the layout places them on a later turn of the event loop). The source page&apos;s share of the window&apos;s height (%) when it opens shorter than SOURCE_MIN_SHARE: Qt gives a new bottom dock its contents&apos; small size hint, a strip where the scan is drawn too small to read (about a quarter of a 1600x1000 window). The reader&apos;s least room (width, height: about 17 characters a line, six lines) when the window lays its docks out again: a layout saved in a larger window and restored into a smaller one, or the window made smaller. The docks give way, down to their own least (side docks MIN_DOCK_PX); a dock&apos;s edge dragged by the user is left where it is put.</extracomment>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="163"/>
        <source>Entities and figures</source>
        <translation>实体与数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="166"/>
        <source>Source page</source>
        <translation>原始版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="241"/>
        <source>article %1</source>
        <translation>第 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="245"/>
        <source>continued from %1</source>
        <translation>上接%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="247"/>
        <source>continues on %1</source>
        <translation>下转%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/main_window.py" line="249"/>
        <source>imported with %n warning(s)</source>
        <translation>
            <numerusform>导入时有 %n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="258"/>
        <source>No more articles</source>
        <translation>没有更多文章</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="284"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="285"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="286"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="287"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="288"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="299"/>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="306"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="326"/>
        <source>Fi&amp;lter articles</source>
        <translation>筛选文章(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="342"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="351"/>
        <source>Allow nested &amp;spans</source>
        <translation>允许嵌套标注(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="363"/>
        <source>&amp;Label as</source>
        <translation>标注为(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="378"/>
        <source>&amp;Next article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="386"/>
        <source>&amp;Previous article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="400"/>
        <source>&amp;Source page</source>
        <translation>原始版面(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="401"/>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="402"/>
        <source>&amp;Entities and figures</source>
        <translation>实体与数字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="414"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="415"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="773"/>
        <source>That line is in no article (page furniture or noise).</source>
        <translation>这一行不属于任何文章（版面信息或噪点）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="334"/>
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="546"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="57"/>
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
        <location filename="../../desktop/gui/widgets/page_view.py" line="112"/>
        <source>The scan %1 could not be read; boxes only.</source>
        <extracomment>Box outline, the highlight of the selected lines&apos; boxes, and set-aside lines&apos; outline. Zoom limits (scale factor of the view), and one wheel notch / key press. Data role of a box item holding its raw line number. raw line -&gt; why the layout set it aside (``SetAside.kind``), for the lines in no article The user zoomed or panned by hand: leave the view where they put it. The view&apos;s own size when the page was last fitted to it (see resizeEvent).</extracomment>
        <translation>无法读取扫描图 %1；仅显示文字框。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/page_view.py" line="167"/>
        <source>In no article: page furniture (masthead, date, page number)</source>
        <translation>不在任何文章中：版面栏目（报头、日期、版次）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/page_view.py" line="168"/>
        <source>In no article: set aside as OCR noise</source>
        <translation>不在任何文章中：作为 OCR 噪点略去</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/page_view.py" line="169"/>
        <source>In no article: vertical text</source>
        <translation>不在任何文章中：竖排文字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/page_view.py" line="170"/>
        <source>In no article</source>
        <translation>不在任何文章中</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="43"/>
        <source>Find in project</source>
        <translation>在项目中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="49"/>
        <source>Words to find in every article</source>
        <translation>要在所有文章中查找的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="125"/>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="127"/>
        <source>The first %1 hits.</source>
        <translation>前 %1 条结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/search.py" line="129"/>
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
        <location filename="../../desktop/gui/actions.py" line="77"/>
        <source>+ / - / 0 (in the source page)</source>
        <translation>+ / - / 0（在原始版面中）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="78"/>
        <source>Zoom the page in / out / to fit (Ctrl+wheel too; drag to pan; a click on a box selects its text)</source>
        <translation>放大 / 缩小 / 适应版面（也可用 Ctrl+滚轮；拖动可平移；点击文字框即选中其文字）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="84"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="85"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>SidePane</name>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="494"/>
        <source>Group by text</source>
        <translation>按文本分组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="497"/>
        <source>One row per text and label, counting its spans; double-click a row to step through them</source>
        <translation>每个文本与标签一行，并统计其标注数；双击一行可逐个查看</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="520"/>
        <source>Entities ({n} spans, {k} distinct)</source>
        <translation>实体（{n} 处，{k} 种）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="525"/>
        <source>Entities ({n})</source>
        <translation>实体（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="527"/>
        <source> · {r} rejected</source>
        <translation> · 已拒绝 {r} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="530"/>
        <source>Figures ({n})</source>
        <translation>数字（{n}）</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="75"/>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="76"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="119"/>
        <source>This page was read from plain text: it has no boxes to lay out.</source>
        <translation>此页读自纯文本：没有可排布的文字框。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/source_pane.py" line="128"/>
        <source>No scan was found beside the OCR file when it was imported (an image of the same name, or the one it names): the boxes show their OCR text.</source>
        <translation>导入时在 OCR 文件旁没有找到扫描图（同名图片，或文件中指定的图片）：文字框中显示的是 OCR 文字。</translation>
    </message>
</context>
<context>
    <name>SpanTable</name>
    <message>
        <location filename="../../desktop/gui/widgets/tables.py" line="326"/>
        <source>Show all columns</source>
        <extracomment>rows a column measures to fit its contents (all rows made article switches slow) a fitted column is never wider than this (the tooltip and a drag show the rest) room around a cell&apos;s text: margins, plus the colour swatch or check box where there is one The first column (the span&apos;s text) takes at most this share of the table&apos;s width, and at least MIN_TEXT_PX, so the columns after it stay in view in a narrow pane.</extracomment>
        <translation>显示全部列</translation>
    </message>
</context>
<context>
    <name>SpanTables</name>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="46"/>
        <source>? suggested, ✓ accepted, ✗ rejected (grouped: each mark with how many spans have it)</source>
        <extracomment>translation context of the tables&apos; words (marked for pyside6-lupdate with QT_TRANSLATE_NOOP) the Status column&apos;s header tip: what its marks mean</extracomment>
        <translation>? 建议，✓ 已接受，✗ 已拒绝（分组时：每个标记及带该标记的片段数）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="51"/>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="52"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="53"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="71"/>
        <source>added by you</source>
        <extracomment>tooltip words (marked here, where pyside6-lupdate finds them; ``_t`` translates them)</extracomment>
        <translation>由你添加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="72"/>
        <source>found automatically</source>
        <translation>自动发现</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="73"/>
        <source>Occurrence %1 of %2 of this text in the article; %3 of them have a span</source>
        <translation>本文中此文本的第 %1 处（共 %2 处）；其中 %3 处已有标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="76"/>
        <source>suggested by %1</source>
        <translation>建议来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="79"/>
        <source>model</source>
        <extracomment>who proposed a suggestion, in words (a rule id such as &quot;rule:orgs&quot; is shown as stored)</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="80"/>
        <source>lexicon</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="82"/>
        <source>%1 spans of this text, at %1 of its %2 places in the article</source>
        <translation>此文本有 %1 处标注，在本文中它的 %2 处出现中占 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="276"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="277"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="278"/>
        <location filename="../../desktop/gui/models/annotations.py" line="447"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="279"/>
        <source>Occurs</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="280"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="287"/>
        <source>Which of its text&apos;s places in the article the span covers: 2/3 is the second of three (grouped: the spans of the text, of its places)</source>
        <translation>该片段覆盖其文本在文章中的第几处：2/3 即三处中的第二处（分组时：该文本的片段数／出现处数）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="292"/>
        <source>How sure the suggestion is, 0 to 1 (none for your own spans); sorting by it brings the least sure first</source>
        <translation>建议的把握程度，0 到 1（自己标注的片段无此值）；按此排序时最没把握的排在最前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="439"/>
        <source>Surface</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="440"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="441"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="442"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="443"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="451"/>
        <source>The figure&apos;s number in base units (万 and 亿 folded in); a date&apos;s ISO reading, --MM-DD when the page gives no year</source>
        <translation>数字的基本单位数值（万、亿已折算）；日期为 ISO 写法，版面未给出年份时为 --MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="458"/>
        <source>What the sentence says the figure measures</source>
        <translation>句中所说该数字衡量的对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/annotations.py" line="459"/>
        <source>Approximate (余, 多, 近, 约, 超, 不足)</source>
        <translation>约数（余、多、近、约、超、不足）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="66"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="65"/>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="63"/>
        <source>Is a directory</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="64"/>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="67"/>
        <source>Read-only file system</source>
        <translation>文件系统只读</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="20"/>
        <source>is a symbolic link loop</source>
        <translation>是循环的符号链接</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="16"/>
        <source>is a broken symbolic link</source>
        <translation>是失效的符号链接</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="11"/>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="18"/>
        <source>is a folder, not a page file</source>
        <translation>是文件夹，不是版面文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="19"/>
        <source>is a named pipe (FIFO), not a page file</source>
        <translation>是命名管道（FIFO），不是版面文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="17"/>
        <source>is a device or socket, not a page file</source>
        <translation>是设备或套接字，不是版面文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="27"/>
        <source>is too large ({size} MB; a page may be at most {limit} MB)</source>
        <translation>文件过大（{size} MB；一个版面最多 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="21"/>
        <source>is empty</source>
        <translation>是空文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="22"/>
        <source>is empty (only whitespace)</source>
        <translation>是空文件（只有空白字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="29"/>
        <source>looks like a binary file (it has NUL or control bytes), not text</source>
        <translation>像是二进制文件（含有 NUL 或控制字节），不是文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="28"/>
        <source>looks like a binary file (it has NUL bytes), not text</source>
        <translation>像是二进制文件（含有 NUL 字节），不是文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="30"/>
        <source>looks like an HTML document, not OCR text</source>
        <translation>像是 HTML 网页，不是 OCR 文本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="26"/>
        <source>is not valid {encoding} despite its BOM (byte {offset})</source>
        <translation>带有 BOM，但不是有效的 {encoding}（第 {offset} 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="39"/>
        <source>starts with a {encoding} byte order mark but the rest is not {family} text; save it in one encoding</source>
        <translation>以 {encoding} 字节顺序标记开头，但其余部分不是 {family} 文本；请用同一种编码保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="35"/>
        <source>starts with a {encoding} byte order mark but the rest is not {family} text (it reads as UTF-8); save it in one encoding</source>
        <translation>以 {encoding} 字节顺序标记开头，但其余部分不是 {family} 文本（可按 UTF-8 读取）；请用同一种编码保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="31"/>
        <source>mixes text encodings (valid UTF-8, but not at byte {offset}); save it in one encoding</source>
        <translation>混用了多种文本编码（是有效的 UTF-8，但第 {offset} 字节处不是）；请用同一种编码保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="23"/>
        <source>is not text in UTF-8, UTF-16 or GB18030 (undecodable byte at offset {offset})</source>
        <translation>不是 UTF-8、UTF-16 或 GB18030 编码的文本（第 {offset} 字节无法解码）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="323"/>
        <source>article {article}: span {start}-{end} {quote} does not match the text there ({found})</source>
        <translation>文章 {article}：标注 {start}-{end} {quote} 与该处文本（{found}）不符</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="321"/>
        <source>annotation {quote} changed since; cannot undo this edit</source>
        <translation>标注 {quote} 之后已被修改；无法撤销这次编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="322"/>
        <source>article {article} status changed since; cannot undo this edit</source>
        <translation>文章 {article} 的状态之后已被修改；无法撤销这次编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="327"/>
        <source>setting {name} changed since; cannot undo this edit</source>
        <translation>设置 {name} 之后已被修改；无法撤销这次编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="47"/>
        <source>article {article} does not exist</source>
        <translation>文章 {article} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="45"/>
        <source>annotation {uuid} does not exist</source>
        <translation>标注 {uuid} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="61"/>
        <source>unknown label {label}</source>
        <translation>未知的标签 {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="48"/>
        <source>article {article}: span {start}-{end} is outside its text (length {length})</source>
        <translation>文章 {article}：标注 {start}-{end} 超出了文本范围（长度 {length}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="56"/>
        <source>label {label} is for {label_kind} spans, not {kind}</source>
        <translation>标签 {label} 用于 {label_kind} 标注，不能用于 {kind} 标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="44"/>
        <source>annotation {uuid} already exists</source>
        <translation>标注 {uuid} 已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="59"/>
        <source>unknown annotation status {status}</source>
        <translation>未知的标注状态 {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="43"/>
        <source>annotation {uuid} ({quote}) is not a figure</source>
        <translation>标注 {uuid}（{quote}）不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="60"/>
        <source>unknown figure kind {kind}</source>
        <translation>未知的数字类型 {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="54"/>
        <source>figure value must be exact (Decimal), got {value}</source>
        <translation>数值必须是精确值（Decimal），而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="58"/>
        <source>only a date has an ISO reading, not a {kind} figure</source>
        <translation>只有日期才有 ISO 写法，{kind} 类数字没有</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="57"/>
        <source>not an ISO date: {iso} (2025-02-22, 2025-02, --02-22)</source>
        <translation>不是 ISO 日期：{iso}（应如 2025-02-22、2025-02、--02-22）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="62"/>
        <source>unknown review status {status}</source>
        <translation>未知的审阅状态 {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="46"/>
        <source>apply to all: empty text</source>
        <translation>应用到全部：文本为空</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="51"/>
        <source>article {article}: {start}-{end} is {found}, not {text}</source>
        <translation>文章 {article}：{start}-{end} 处是 {found}，不是 {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="55"/>
        <source>history entry {entry} does not exist</source>
        <translation>历史记录 {entry} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="53"/>
        <source>cannot revert {what}: {reason}</source>
        <translation>无法还原 {what}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="52"/>
        <source>cannot revert {what}: the span {quote} has changed since</source>
        <translation>无法还原 {what}：标注 {quote} 之后已被修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="70"/>
        <source>article {article} ({document} #{index})</source>
        <translation>文章 {article}（{document} 第 {index} 篇）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="78"/>
        <source>{where}: annotation {uuid} span {start}-{end} is outside the text (length {length})</source>
        <translation>{where}：标注 {uuid}（{start}-{end}）超出了文本范围（长度 {length}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="74"/>
        <source>{where}: annotation {uuid} quotes {quote} but the text at {start}-{end} is {actual}</source>
        <translation>{where}：标注 {uuid} 引用的是 {quote}，但 {start}-{end} 处的文本是 {actual}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="89"/>
        <source>{where}: start and end must be integers, not {start}, {end}</source>
        <translation>{where}：起止位置必须是整数，而不是 {start}、{end}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="90"/>
        <source>{where}: the label must be a non-empty string, not {label}</source>
        <translation>{where}：标签必须是非空字符串，而不是 {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="86"/>
        <source>{where}: span {start}-{end} is outside the text (length {length})</source>
        <translation>{where}：标注 {start}-{end} 超出了文本范围（长度 {length}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="72"/>
        <source>is a folder, not a dataset file</source>
        <translation>是文件夹，不是数据集文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="71"/>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="73"/>
        <source>not UTF-8 text (byte 0x{byte} at offset {offset})</source>
        <translation>不是 UTF-8 文本（第 {offset} 字节为 0x{byte}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="82"/>
        <source>{where}: span {start}-{end} does not fall on character boundaries in UTF-16 code units (text length {length}); were the offsets code points (--offsets codepoints)?</source>
        <translation>{where}：按 UTF-16 码元计，标注 {start}-{end} 没有落在字符边界上（文本长度 {length}）；偏移量是否按码位计数（--offsets codepoints）？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="92"/>
        <source>cannot write: {reason}</source>
        <translation>无法写入：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="91"/>
        <source>cannot be looked at</source>
        <translation>无法查看</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="97"/>
        <source>is a folder; give a file name to export to</source>
        <translation>是文件夹；请给出要导出到的文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="96"/>
        <source>is a file; give a folder to export brat files to</source>
        <translation>是文件；请给出一个文件夹来存放导出的 brat 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="93"/>
        <source>is a device, not a regular file or folder; refusing to export to it</source>
        <translation>是设备，不是普通文件或文件夹；拒绝导出到这里</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="98"/>
        <source>is a named pipe (FIFO), not a regular file or folder; refusing to export to it</source>
        <translation>是命名管道（FIFO），不是普通文件或文件夹；拒绝导出到这里</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="101"/>
        <source>is a socket, not a regular file or folder; refusing to export to it</source>
        <translation>是套接字，不是普通文件或文件夹；拒绝导出到这里</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="104"/>
        <source>is something other than a file, not a regular file or folder; refusing to export to it</source>
        <translation>不是普通文件或文件夹；拒绝导出到这里</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="108"/>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="109"/>
        <source>line {line}, span {span}</source>
        <translation>第 {line} 行第 {span} 个标注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="112"/>
        <source>line {line}: not JSON ({reason} at column {column})</source>
        <translation>第 {line} 行：不是 JSON（第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="113"/>
        <source>line {line}: not a JSON object</source>
        <translation>第 {line} 行：不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="111"/>
        <source>line {line}: no &quot;text&quot; string field</source>
        <translation>第 {line} 行：没有 &quot;text&quot; 字符串字段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="110"/>
        <source>line {line}: &quot;{key}&quot; must be a list of spans</source>
        <translation>第 {line} 行：&quot;{key}&quot; 必须是标注列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="114"/>
        <source>{where}: not a [start, end, label] span: {item}</source>
        <translation>{where}：不是 [start, end, label] 标注：{item}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="117"/>
        <source>task {task}</source>
        <translation>任务 {task}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="118"/>
        <source>task {task}, result {result}</source>
        <translation>任务 {task} 的结果 {result}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="115"/>
        <source>line {line} column {column}: not JSON ({reason})</source>
        <translation>第 {line} 行第 {column} 列：不是 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="116"/>
        <source>not a list of Label Studio tasks</source>
        <translation>不是 Label Studio 任务列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="123"/>
        <source>{where}: not a JSON object</source>
        <translation>{where}：不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="122"/>
        <source>{where}: no &quot;data&quot; object with a &quot;text&quot; string</source>
        <translation>{where}：没有含 &quot;text&quot; 字符串的 &quot;data&quot; 对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="120"/>
        <source>{where}: &quot;{key}&quot; must be a list</source>
        <translation>{where}：&quot;{key}&quot; 必须是列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="121"/>
        <source>{where}: &quot;{key}&quot; result must be a list</source>
        <translation>{where}：&quot;{key}&quot; 的 result 必须是列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="119"/>
        <source>{where}: &quot;value&quot; has no &quot;labels&quot; list</source>
        <translation>{where}：&quot;value&quot; 中没有 &quot;labels&quot; 列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="124"/>
        <source>{where}: quotes {quote} but the text at {start}-{end} is {actual}</source>
        <translation>{where}：引用的是 {quote}，但 {start}-{end} 处的文本是 {actual}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="69"/>
        <source>unknown format {format}; use one of {known}</source>
        <translation>未知的格式 {format}；请使用 {known} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="68"/>
        <source>cannot import {format}; use one of {known}</source>
        <translation>无法导入 {format}；请使用 {known} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="139"/>
        <source>a label needs a name</source>
        <translation>标签需要一个名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="138"/>
        <source>a label name has at most {limit} characters, not {length}</source>
        <translation>标签名称最多 {limit} 个字符，而不是 {length} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="141"/>
        <source>use one word without spaces</source>
        <translation>请用一个不含空格的词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="142"/>
        <source>{char} is not allowed in a label name</source>
        <translation>标签名称中不能有 {char}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="140"/>
        <source>character U+{code} is not allowed in a label name</source>
        <translation>标签名称中不能有字符 U+{code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="212"/>
        <source>holds {count} hOCR pages; save one page per file (hocr-split, of hocr-tools, splits it)</source>
        <translation>包含 {count} 个 hOCR 版面；请每个文件只存一个版面（可用 hocr-tools 的 hocr-split 拆分）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="271"/>
        <source>is not a regular file (a pipe or a device)</source>
        <translation>不是普通文件（是管道或设备）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="272"/>
        <source>is {size} bytes, over {limit} for a dataset</source>
        <translation>有 {size} 字节，超过了数据集的上限 {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="277"/>
        <source>nested {depth} levels deep (a dataset needs a few)</source>
        <translation>嵌套了 {depth} 层（数据集只需几层）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="273"/>
        <source>line {line}: spans under &quot;{key}&quot; ({tool}&apos;s shape), not doccano&apos;s &quot;label&quot;: convert it to [start, end, label] lists under &quot;label&quot;</source>
        <translation>第 {line} 行：标注在 &quot;{key}&quot; 之下（{tool} 的格式），不是 doccano 的 &quot;label&quot;：请转换为 &quot;label&quot; 下的 [start, end, label] 列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="278"/>
        <source>task {task}: its results are &quot;{kinds}&quot;, not text spans (&quot;labels&quot;)</source>
        <translation>任务 {task}：结果是 &quot;{kinds}&quot;，不是文本标注（&quot;labels&quot;）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="281"/>
        <source>--offsets must be utf16 or codepoints, not {offsets}</source>
        <translation>--offsets 必须是 utf16 或 codepoints，而不是 {offsets}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="292"/>
        <source>record {record}: the offsets only make sense as UTF-16 code units (the text has characters outside the BMP); pass --offsets utf16 or --offsets codepoints</source>
        <translation>第 {record} 条记录：偏移量只有按 UTF-16 码元计才说得通（文本含有 BMP 以外的字符）；请指定 --offsets utf16 或 --offsets codepoints</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="288"/>
        <source>record {record}: the offsets look like UTF-16 code units (counted so, they match the project&apos;s spans on the same text); pass --offsets utf16 or --offsets codepoints</source>
        <translation>第 {record} 条记录：偏移量像是按 UTF-16 码元计的（这样计数时与项目中同一文本的标注相符）；请指定 --offsets utf16 或 --offsets codepoints</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="282"/>
        <source>nested too deep to be a dataset</source>
        <translation>嵌套过深，不像数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="285"/>
        <source>record {record}: span {start}-{end} is outside its text (length {length})</source>
        <translation>第 {record} 条记录：标注 {start}-{end} 超出了文本范围（长度 {length}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="283"/>
        <source>record {record}: label {label}: {problem}</source>
        <translation>第 {record} 条记录：标签 {label}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="300"/>
        <source>would create {count} new labels (at most {limit} per import); add the labels first or check the file</source>
        <translation>将新建 {count} 个标签（每次导入最多 {limit} 个）；请先添加这些标签，或检查文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="284"/>
        <source>record {record}: span {start}-{end} crosses two pages</source>
        <translation>第 {record} 条记录：标注 {start}-{end} 跨越了两个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="296"/>
        <source>records {first} and {second} are the same article with different spans; keep one of them</source>
        <translation>第 {first} 条和第 {second} 条记录是同一篇文章，但标注不同；请只保留其中一条</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="304"/>
        <source>would remove {removed} and replace {replaced} span(s) already in the project; nothing was changed (see them with --dry-run, allow with --replace)</source>
        <translation>将删除 {removed} 个、替换 {replaced} 个项目中已有的标注；未做任何更改（用 --dry-run 查看，用 --replace 允许）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="128"/>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="130"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="129"/>
        <source>is a named pipe or a device, not a page file</source>
        <translation>是命名管道或设备，不是版面文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="131"/>
        <source>took over {seconds} s to prepare (too large or too dense); skipped</source>
        <translation>处理超过 {seconds} 秒（过大或过密）；已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="127"/>
        <source>could not be imported ({error}: {detail})</source>
        <translation>无法导入（{error}：{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="144"/>
        <source>{count} reviewed article(s); at least 10 are needed</source>
        <translation>只有 {count} 篇已审阅的文章；至少需要 10 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="143"/>
        <source>no shipped model to build on (resources/models)</source>
        <translation>没有可作为基础的内置模型（resources/models）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="197"/>
        <source>{what} is not a number ({value})</source>
        <translation>{what}不是数字（{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="196"/>
        <source>{what} is not a finite number ({value})</source>
        <translation>{what}不是有限数（{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="157"/>
        <source>has more than {count} text lines; is it one page? (split it)</source>
        <translation>文本行超过 {count} 行；这是一个版面吗？（请拆分）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="158"/>
        <source>has no text (an empty {format} page)</source>
        <translation>没有文本（空的 {format} 版面）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="171"/>
        <source>states an impossible page width ({width})</source>
        <translation>标明的版面宽度不可能（{width}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="170"/>
        <source>states an impossible page height ({height})</source>
        <translation>标明的版面高度不可能（{height}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="182"/>
        <source>text line {line} has a box that is not finite numbers ({box})</source>
        <translation>第 {line} 个文本行的框不是有限数（{box}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="185"/>
        <source>text line {line} has an inverted box ({box}: right or bottom before left or top)</source>
        <translation>第 {line} 个文本行的框是颠倒的（{box}：右边或下边在左边或上边之前）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="172"/>
        <source>text line {line} has a box beyond the page&apos;s left edge ({box})</source>
        <translation>第 {line} 个文本行的框超出了版面左边缘（{box}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="173"/>
        <source>text line {line} has a box beyond the page&apos;s top edge ({box})</source>
        <translation>第 {line} 个文本行的框超出了版面上边缘（{box}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="178"/>
        <source>text line {line} has a box far outside the page ({box}; the page is {side} in width)</source>
        <translation>第 {line} 个文本行的框远在版面之外（{box}；版面宽 {side}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="174"/>
        <source>text line {line} has a box far outside the page ({box}; the page is {side} in height)</source>
        <translation>第 {line} 个文本行的框远在版面之外（{box}；版面高 {side}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="184"/>
        <source>text line {line} has an impossible right coordinate ({value})</source>
        <translation>第 {line} 个文本行的右边坐标不可能（{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="183"/>
        <source>text line {line} has an impossible bottom coordinate ({value})</source>
        <translation>第 {line} 个文本行的下边坐标不可能（{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="159"/>
        <source>is JSON but not UTF-8 (byte {offset})</source>
        <translation>是 JSON，但不是 UTF-8（第 {offset} 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="161"/>
        <source>is not valid JSON ({reason} at line {line} column {column})</source>
        <translation>不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="160"/>
        <source>is JSON nested too deeply to be OCR output</source>
        <translation>是嵌套过深的 JSON，不像 OCR 输出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="260"/>
        <source>declares XML entities, which are refused (an entity-expansion or external-entity attack, or not OCR output)</source>
        <translation>声明了 XML 实体，已拒绝（可能是实体扩展或外部实体攻击，或者不是 OCR 输出）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="270"/>
        <source>refers to an external XML resource, which is refused</source>
        <translation>引用了外部 XML 资源，已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="269"/>
        <source>is refused as unsafe XML ({kind})</source>
        <translation>是不安全的 XML，已拒绝（{kind}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="265"/>
        <source>is not well-formed XML ({reason} at line {line}, column {column}); is it truncated?</source>
        <translation>不是格式正确的 XML（第 {line} 行第 {column} 列：{reason}）；文件是否不完整？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="264"/>
        <source>is not readable XML ({reason})</source>
        <translation>是无法读取的 XML（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="155"/>
        <source>is XML but not ALTO (its root is &lt;{root}&gt;)</source>
        <translation>是 XML，但不是 ALTO（根元素是 &lt;{root}&gt;）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="153"/>
        <source>has an unknown ALTO MeasurementUnit {unit}</source>
        <translation>含有未知的 ALTO MeasurementUnit {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="154"/>
        <source>holds {count} ALTO pages; save one page per file</source>
        <translation>包含 {count} 个 ALTO 版面；请每个文件只存一个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="218"/>
        <source>is not readable hOCR ({reason})</source>
        <translation>是无法读取的 hOCR（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="216"/>
        <source>is HTML but not hOCR (no ocr_page element)</source>
        <translation>是 HTML，但不是 hOCR（没有 ocr_page 元素）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="219"/>
        <source>is truncated hOCR (its ocr_page is never closed)</source>
        <translation>是不完整的 hOCR（ocr_page 没有结束）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="217"/>
        <source>is hOCR but neither UTF-8 nor GB18030</source>
        <translation>是 hOCR，但既不是 UTF-8 也不是 GB18030</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="230"/>
        <source>is JSON but not PaddleOCR/RapidOCR output (an object without &quot;ocr_results&quot; or &quot;rec_texts&quot;)</source>
        <translation>是 JSON，但不是 PaddleOCR/RapidOCR 输出（对象中没有 &quot;ocr_results&quot; 或 &quot;rec_texts&quot;）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="234"/>
        <source>is JSON but not PaddleOCR/RapidOCR output (not a list or object)</source>
        <translation>是 JSON，但不是 PaddleOCR/RapidOCR 输出（不是列表或对象）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="229"/>
        <source>holds {count} pages of OCR results; save one page per file</source>
        <translation>包含 {count} 个版面的 OCR 结果；请每个文件只存一个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="240"/>
        <source>{where} is not [box, [text, score]]</source>
        <translation>{where}不是 [box, [text, score]]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="241"/>
        <source>{where} is not an OCR result (expected {{&quot;text&quot;, &quot;box&quot;, &quot;score&quot;}} or [box, [text, score]])</source>
        <translation>{where}不是 OCR 结果（应为 {{&quot;text&quot;, &quot;box&quot;, &quot;score&quot;}} 或 [box, [text, score]]）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="239"/>
        <source>{where} has no text string</source>
        <translation>{where}没有文本字符串</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="225"/>
        <source>&quot;rec_texts&quot;, &quot;rec_scores&quot; and the boxes differ in length ({texts}, {scores}, {boxes})</source>
        <translation>&quot;rec_texts&quot;、&quot;rec_scores&quot; 和框的长度不一致（{texts}、{scores}、{boxes}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="238"/>
        <source>{what} is not a list of points or numbers</source>
        <translation>{what}不是点或数字的列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="237"/>
        <source>{what} is not a list of [x, y] points</source>
        <translation>{what}不是 [x, y] 点的列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="235"/>
        <source>{what} has {count} numbers (expected 4 or 4 points)</source>
        <translation>{what}有 {count} 个数字（应为 4 个数或 4 个点）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="224"/>
        <source>&quot;dimensions&quot; is not [width, height]</source>
        <translation>&quot;dimensions&quot; 不是 [width, height]</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="236"/>
        <source>{what} is not a list</source>
        <translation>{what}不是列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="246"/>
        <source>is XML but not PAGE XML (its root is &lt;{root}&gt;)</source>
        <translation>是 XML，但不是 PAGE XML（根元素是 &lt;{root}&gt;）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="245"/>
        <source>has {count} &lt;Page&gt; elements (PAGE XML has exactly one)</source>
        <translation>有 {count} 个 &lt;Page&gt; 元素（PAGE XML 只能有一个）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="12"/>
        <source>contains {count} markup-like tag(s) ({tags}); kept as plain text</source>
        <translation>含有 {count} 个像是标记的标签（{tags}）；已按纯文本保留</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="13"/>
        <source>ends in the middle of a UTF-8 character (cut short at byte {offset}); dropped</source>
        <translation>结尾处有半个 UTF-8 字符（在第 {offset} 字节处截断）；已舍去</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="134"/>
        <source>{count} line(s) of vertical text were left out of its articles (shown dashed on the source page)</source>
        <translation>有 {count} 行竖排文字未收入文章（在原始版面中以虚线框显示）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="156"/>
        <source>TextLine {n}</source>
        <translation>第 {n} 个 TextLine</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="162"/>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="163"/>
        <source>line {n}&apos;s word</source>
        <translation>第 {n} 行中的词</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="164"/>
        <source>none of its {total} text lines has a box: the page was laid out as plain text, in the file&apos;s order</source>
        <translation>其 {total} 行文字都没有文字框：版面按纯文本、依文件中的顺序排版</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="168"/>
        <source>result {n}</source>
        <translation>第 {n} 个结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="169"/>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="188"/>
        <source>the ocr_page</source>
        <translation>ocr_page 元素</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="189"/>
        <source>the page height</source>
        <translation>版面高度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="190"/>
        <source>the page width</source>
        <translation>版面宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="191"/>
        <source>the page&apos;s {attribute}</source>
        <translation>版面的 {attribute}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="192"/>
        <source>{count} of its {total} text lines have no box, so its boxes were not used: the page was laid out as plain text, in the file&apos;s order</source>
        <translation>其 {total} 行文字中有 {count} 行没有文字框，因此未使用文字框：版面按纯文本、依文件中的顺序排版</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="198"/>
        <source>{where} x_wconf</source>
        <translation>{where}的 x_wconf</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="199"/>
        <source>{where}&apos;s box</source>
        <translation>{where}的框</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="200"/>
        <source>{where}&apos;s height</source>
        <translation>{where}的高度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="201"/>
        <source>{where}&apos;s position</source>
        <translation>{where}的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="202"/>
        <source>{where}&apos;s score</source>
        <translation>{where}的置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="203"/>
        <source>{where}&apos;s width</source>
        <translation>{where}的宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="204"/>
        <source>{where}&apos;s {attribute}</source>
        <translation>{where}的 {attribute}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="220"/>
        <source>{count} character(s) of its text stand outside any ocr_line or ocrx_word and were left out</source>
        <translation>有 {count} 个字符不在任何 ocr_line 或 ocrx_word 内，已略去</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="247"/>
        <source>{count} of its text regions keep their text without text lines: each one&apos;s lines were placed on equal strips of the region&apos;s box</source>
        <translation>有 {count} 个文字区域只有区域文字、没有文字行：各区域的文字行按等分区域框的条带放置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="251"/>
        <source>{what} has a point that is not x,y ({point})</source>
        <translation>{what}中有一个点不是 x,y（{point}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="252"/>
        <source>its boxes show it was read shrunk to about 1/{factor} of its size (RapidOCR and PaddleOCR shrink a page past max_side_len, 2,000 px by default, and lose text on tall pages): read it again with max_side_len={side} for better articles</source>
        <translation>从文字框坐标看，识别时版面被缩小到约 1/{factor}（RapidOCR 和 PaddleOCR 会把超过 max_side_len（默认 2000 像素）的版面缩小，长版面因此漏字）：用 max_side_len={side} 重新识别，文章会更完整</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="256"/>
        <source>holds {count} pages (page_num); save one page per file</source>
        <translation>包含 {count} 个版面（page_num）；请每个文件只存一个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="257"/>
        <source>is Tesseract TSV but not UTF-8 (byte {offset})</source>
        <translation>是 Tesseract TSV，但不是 UTF-8（第 {offset} 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="258"/>
        <source>is not Tesseract TSV (its first row is not the TSV header)</source>
        <translation>不是 Tesseract TSV（第一行不是 TSV 表头）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="259"/>
        <source>row {row} has {count} columns (Tesseract TSV has 12)</source>
        <translation>第 {row} 行有 {count} 列（Tesseract TSV 有 12 列）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="209"/>
        <source>looks like a doccano/Label Studio dataset; use `newsdesk import-dataset`</source>
        <translation>像是 doccano/Label Studio 数据集；请用“导入数据集”（`newsdesk import-dataset`）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="206"/>
        <source>is too large ({size} MB; an OCR page file may be at most {limit} MB)</source>
        <translation>文件过大（{size} MB；一个 OCR 版面文件最多 {limit} MB）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="205"/>
        <source>is XML but not ALTO, PAGE XML or hOCR (its root is &lt;{root}&gt;)</source>
        <translation>是 XML，但不是 ALTO、PAGE XML 或 hOCR（根元素是 &lt;{root}&gt;）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="316"/>
        <source>not a newsdesk project (an empty file)</source>
        <translation>不是 newsdesk 项目（空文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="313"/>
        <source>is a folder, not a project file</source>
        <translation>是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="315"/>
        <source>no such project file</source>
        <translation>项目文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="310"/>
        <source>cannot be opened ({reason})</source>
        <translation>无法打开（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="309"/>
        <source>cannot be created: its folder does not exist</source>
        <translation>无法创建：所在文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="308"/>
        <source>cannot be created ({reason})</source>
        <translation>无法创建（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="319"/>
        <source>the project file is damaged ({detail})</source>
        <translation>项目文件已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="311"/>
        <source>cannot use a write-ahead log (journal mode {mode})</source>
        <translation>无法使用预写日志（日志模式 {mode}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="317"/>
        <source>not a newsdesk project (not an SQLite file)</source>
        <translation>不是 newsdesk 项目（不是 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="314"/>
        <source>is locked by another program; close it and try again</source>
        <translation>已被另一个程序锁定；请关闭该程序后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="318"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="320"/>
        <source>the project file is read-only</source>
        <translation>项目文件是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="312"/>
        <source>database error ({detail})</source>
        <translation>数据库错误（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="334"/>
        <source>written by a newer newsdesk (unknown migration {name})</source>
        <translation>由更新版本的 newsdesk 写入（未知的迁移 {name}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="329"/>
        <source>not a newsdesk project (an SQLite file with no tables)</source>
        <translation>不是 newsdesk 项目（没有数据表的 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="328"/>
        <source>not a newsdesk project (an SQLite file of another program)</source>
        <translation>不是 newsdesk 项目（其他程序的 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="330"/>
        <source>written by a newer newsdesk (schema {version}, this version reads up to {supported}); update newsdesk to open it</source>
        <translation>由更新版本的 newsdesk 写入（结构版本 {version}，本版本最高只能读取 {supported}）；请升级 newsdesk 后再打开</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="335"/>
        <source>written by an older newsdesk; open it in the window or import into it once to upgrade it (a read command does not change it)</source>
        <translation>由旧版本的 newsdesk 写入；请在窗口中打开它，或向其导入一次以完成升级（只读命令不会改动它）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="152"/>
        <source>{project}: refused by the project file ({reason})</source>
        <translation>{project}：项目文件拒绝了此操作（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="145"/>
        <source>document {document} does not exist</source>
        <translation>文档 {document} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="150"/>
        <source>unknown scope {scope} (use article, document or project)</source>
        <translation>未知的范围 {scope}（请用 article、document 或 project）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="151"/>
        <source>{edit}: not applied, nothing to undo</source>
        <translation>{edit}：尚未应用，没有可撤销的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="146"/>
        <source>label name {name}: {problem}</source>
        <translation>标签名称 {name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="149"/>
        <source>label {name}: kind must be entity or figure, not {kind}</source>
        <translation>标签 {name}：类型必须是 entity 或 figure，而不是 {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="147"/>
        <source>label {name} already exists</source>
        <translation>标签 {name} 已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/error_templates.py" line="148"/>
        <source>label {name}: key {key} is already used</source>
        <translation>标签 {name}：快捷键 {key} 已被占用</translation>
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
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="30"/>
        <source>Imported %1 of %2 pages</source>
        <translation>已导入 %1/%2 个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="35"/>
        <source>Imported %n page(s)</source>
        <translation>已导入 %n 个版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="37"/>
        <source>%n already in the project</source>
        <translation>%n 个已在项目中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="39"/>
        <source>%n could not be read</source>
        <translation>%n 个无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="42"/>
        <source>%n with a warning</source>
        <translation>%n 个有警告</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/import_progress.py" line="47"/>
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
        <location filename="../../desktop/gui/dialogs/importing.py" line="53"/>
        <source>&amp;Import pages…</source>
        <translation>导入版面(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="57"/>
        <source>Import a &amp;folder of pages…</source>
        <translation>导入文件夹中的版面(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="62"/>
        <source>Import &amp;dataset…</source>
        <translation>导入数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="77"/>
        <source>Pages and OCR files (*.txt *.json *.hocr *.html *.xml *.tsv);;All files (*)</source>
        <translation>版面和 OCR 文件 (*.txt *.json *.hocr *.html *.xml *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="95"/>
        <source>Import dataset</source>
        <translation>导入数据集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="97"/>
        <source>doccano or Label Studio datasets (*.jsonl *.json);;All files (*)</source>
        <translation>doccano 或 Label Studio 数据集 (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="158"/>
        <source>Import warnings</source>
        <translation>导入警告</translation>
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
        <location filename="../../desktop/gui/dialogs/importing.py" line="74"/>
        <source>Import pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/importing.py" line="87"/>
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
        <location filename="../../desktop/gui/dialogs/importing.py" line="156"/>
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
        <location filename="../../desktop/gui/projects.py" line="71"/>
        <location filename="../../desktop/gui/projects.py" line="83"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="73"/>
        <source>%1 is empty. Make it a new project?</source>
        <translation>%1 是空文件。要把它作为新项目吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="85"/>
        <location filename="../../desktop/gui/projects.py" line="96"/>
        <source>Projects (*.sqlite);;All files (*)</source>
        <translation>项目 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="94"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/projects.py" line="52"/>
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
    <name>punctuation</name>
    <message>
        <location filename="../../desktop/gui/i18n.py" line="143"/>
        <source>%1; %2</source>
        <extracomment>two parts of a summary (&quot;Imported 3 of 5 pages; 2 could not be read&quot;)</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/i18n.py" line="149"/>
        <source>%1: %2</source>
        <extracomment>a line and what it names or quotes (&quot;page.json: has no text&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/i18n.py" line="157"/>
        <source>%1, %2</source>
        <extracomment>a list of names, one more added (&quot;PER, ORG&quot;)</extracomment>
        <translation>%1、%2</translation>
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
