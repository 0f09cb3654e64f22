<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AreaTab</name>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 {count} 行到 {path}</source>
        <translation>Exported {count} rows to {path}</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>全部对象</source>
        <translation>All record types</translation>
    </message>
    <message>
        <source>全部用户</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>{username}（{name}）</source>
        <translation>{username} ({name})</translation>
    </message>
    <message>
        <source>查询中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>已显示 {count} 条（最新的在前）</source>
        <translation>Showing {count} entries (newest first)</translation>
    </message>
    <message>
        <source>，还有更多</source>
        <translation>, more available</translation>
    </message>
    <message>
        <source>所选记录的逐项变更</source>
        <translation>Changes of the selected entry, field by field</translation>
    </message>
    <message>
        <source>&#x3000;原因：{reason}</source>
        <translation>  Reason: {reason}</translation>
    </message>
    <message>
        <source>{when} {user} {action} {table} #{id}</source>
        <translation>{when} {user} {action} {table} #{id}</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>变更内容（原值 → 新值）</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>加载更多</source>
        <translation>Load more</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>数据库文件：{path}</source>
        <translation>Database file: {path}</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 {path}（已通过完整性检查）</source>
        <translation>Backed up to {path} (integrity check passed)</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>SQLite database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>正在检查备份文件…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用备份 {file}（数据库版本 {version}）替换当前的全部数据吗？
当前数据库会先另存一份到备份文件夹。恢复后需要重新登录。</source>
        <translation>Replace all current data with the backup {file} (database version {version})?
A copy of the current database is saved to the backup folder first. You will need to sign in again after the restore.</translation>
    </message>
    <message>
        <source>未恢复。</source>
        <translation>Not restored.</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>已恢复。</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>立即备份…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>每天第一次启动时自动备份</source>
        <translation>Back up automatically at the first start of each day</translation>
    </message>
    <message>
        <source>保留天数</source>
        <translation>Keep for (days)</translation>
    </message>
    <message>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>已有的备份</source>
        <translation>Existing backups</translation>
    </message>
    <message>
        <source>数据保存在数据库服务器上，由服务器管理员用数据库自带的工具备份和恢复。crdesk 不会假装替您完成服务器备份。请在服务器或可连接服务器的电脑上运行下面的命令（运行时会询问数据库密码）：</source>
        <translation>The data is kept on a database server, which the server administrator backs up and restores with the database&apos;s own tools. crdesk does not pretend to back up the server for you. Run the commands below on the server or on a computer that can reach it (they ask for the database password):</translation>
    </message>
    <message>
        <source>备份：</source>
        <translation>Backup:</translation>
    </message>
    <message>
        <source>恢复（会覆盖服务器上的现有数据，请先让所有工作站退出 crdesk）：</source>
        <translation>Restore (overwrites the data on the server; have every workstation quit crdesk first):</translation>
    </message>
    <message>
        <source>复制备份命令</source>
        <translation>Copy backup command</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>日视图</source>
        <translation>Day view</translation>
    </message>
    <message>
        <source>周视图</source>
        <translation>Week view</translation>
    </message>
    <message>
        <source>已按区域和地址排序</source>
        <translation>Sorted by region and address</translation>
    </message>
    <message>
        <source>车次已完成</source>
        <translation>Run completed</translation>
    </message>
    <message>
        <source>排车检查</source>
        <translation>Scheduling check</translation>
    </message>
    <message>
        <source>如仍要执行，请填写原因（将记入审计记录）：</source>
        <translation>To go ahead anyway, enter a reason (recorded in the audit log):</translation>
    </message>
    <message>
        <source>已排入车次 {number}</source>
        <translation>Assigned to run {number}</translation>
    </message>
    <message>
        <source>已移出车次</source>
        <translation>Removed from the run</translation>
    </message>
    <message>
        <source>站点顺序已调整</source>
        <translation>Stop order changed</translation>
    </message>
    <message>
        <source>车次已发车</source>
        <translation>Run dispatched</translation>
    </message>
    <message>
        <source>车次 {number} 已保存</source>
        <translation>Run {number} saved</translation>
    </message>
    <message>
        <source>。提醒：</source>
        <translation>. Note: </translation>
    </message>
    <message>
        <source>车次单据 {number}</source>
        <translation>Run papers {number}</translation>
    </message>
    <message>
        <source>{day} 全部车次单据</source>
        <translation>All run papers for {day}</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>Printing cancelled</translation>
    </message>
</context>
<context>
    <name>BomDialog</name>
    <message>
        <source>包装物</source>
        <translation>Packaging material</translation>
    </message>
    <message>
        <source>每单位用量</source>
        <translation>Quantity per unit</translation>
    </message>
    <message>
        <source>损耗率 %</source>
        <translation>Loss rate %</translation>
    </message>
    <message>
        <source>物料清单</source>
        <translation>Bill of materials</translation>
    </message>
    <message>
        <source>包装物料清单：{product}</source>
        <translation>Bill of materials: {product}</translation>
    </message>
    <message>
        <source>{code} {name} {specification}（{unit}）</source>
        <translation>{code} {name} {specification} ({unit})</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsDialog</name>
    <message>
        <source>业务设置</source>
        <translation>Business settings</translation>
    </message>
    <message>
        <source>这些设置保存在数据库中，所有工作站共用。公司名称、地址和电话印在打印单据的抬头。</source>
        <translation>These settings are stored in the database and shared by all workstations. The company name, address and phone are printed in the header of printed documents.</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>回访人</source>
        <translation>Called by</translation>
    </message>
    <message>
        <source>回访时间</source>
        <translation>Follow-up time</translation>
    </message>
    <message>
        <source>回访结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <source>回访结果为“不满意”，或满意度在 {limit} 分及以下时，将退回重新处理，不能归档。</source>
        <translation>If the outcome is &quot;dissatisfied&quot; or satisfaction is {limit} or lower, the case goes back for handling and cannot be closed.</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>离开时间</source>
        <translation>Check-out time</translation>
    </message>
    <message>
        <source>确认离开</source>
        <translation>Confirm check-out</translation>
    </message>
    <message>
        <source>登记离开 {number}</source>
        <translation>Check out {number}</translation>
    </message>
    <message>
        <source>登记访客 {who}（证号 {badge}）离开？</source>
        <translation>Check out visitor {who} (badge {badge})?</translation>
    </message>
    <message>
        <source>登记离开</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>来访时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>客户名称</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>客户档案 {code}</source>
        <translation>Client file {code}</translation>
    </message>
    <message>
        <source>新建客户</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>可能重复的客户</source>
        <translation>Possible duplicate client</translation>
    </message>
    <message>
        <source>已有名称或电话相同的客户：
{names}

仍然保存吗？</source>
        <translation>Clients with the same name or phone already exist:
{names}

Save anyway?</translation>
    </message>
    <message>
        <source>客户档案</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Client code</translation>
    </message>
    <message>
        <source>客户名称 *</source>
        <translation>Client name *</translation>
    </message>
    <message>
        <source>手机 13812345678 或固话 021-62345678</source>
        <translation>Mobile 13812345678 or landline 021-62345678</translation>
    </message>
    <message>
        <source>有效客户</source>
        <translation>Active client</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>删除联系人</source>
        <translation>Remove contact</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>输入客户名称、编号或电话查找</source>
        <translation>Type a client name, code or phone to search</translation>
    </message>
    <message>
        <source>没有找到匹配的客户</source>
        <translation>No matching client</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部等级</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>{grade} 级</source>
        <translation>Grade {grade}</translation>
    </message>
    <message>
        <source>全部区域</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>有效客户</source>
        <translation>Active client</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>计数中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>共 {count} 位客户</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>类型：{kind}&#x3000;等级：{grade}&#x3000;区域：{region}</source>
        <translation>Type: {kind}   Grade: {grade}   Region: {region}</translation>
    </message>
    <message>
        <source>电话：{phone}&#x3000;地址：{address}</source>
        <translation>Phone: {phone}   Address: {address}</translation>
    </message>
    <message>
        <source>联系人：{contacts}</source>
        <translation>Contacts: {contacts}</translation>
    </message>
    <message>
        <source>客户 {code} {name} 已保存</source>
        <translation>Client {code} {name} saved</translation>
    </message>
    <message>
        <source>删除客户</source>
        <translation>Delete client</translation>
    </message>
    <message>
        <source>删除客户 {name}？有往来记录的客户将改为停用，记录保留。</source>
        <translation>Delete client {name}? A client with history is deactivated instead, and its records are kept.</translation>
    </message>
    <message>
        <source>客户已停用</source>
        <translation>Client deactivated</translation>
    </message>
    <message>
        <source>客户已删除</source>
        <translation>Client deleted</translation>
    </message>
    <message>
        <source>客户档案卡 {code}</source>
        <translation>Client file card {code}</translation>
    </message>
    <message>
        <source>客户档案</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>搜索 客户名称、编号、电话或联系人（Ctrl+F）</source>
        <translation>Search client name, code, phone or contact (Ctrl+F)</translation>
    </message>
    <message>
        <source>请选择客户</source>
        <translation>Select a client</translation>
    </message>
    <message>
        <source>往来记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>新建客户</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>登记拜访/回访</source>
        <translation>Log visit / follow-up</translation>
    </message>
    <message>
        <source>删除/停用</source>
        <translation>Delete / deactivate</translation>
    </message>
    <message>
        <source>打印档案卡</source>
        <translation>Print file card</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ComplaintCallbackDialog</name>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>回访人 *</source>
        <translation>Called by *</translation>
    </message>
    <message>
        <source>回访时间 *</source>
        <translation>Follow-up time *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>回访结果 *</source>
        <translation>Outcome *</translation>
    </message>
    <message>
        <source>满意度 *</source>
        <translation>Satisfaction *</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <source>客户的原话、意见和建议</source>
        <translation>The client&apos;s own words, opinions and suggestions</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>（不涉及具体产品）</source>
        <translation>(no specific product)</translation>
    </message>
    <message>
        <source>（暂不指派）</source>
        <translation>(not assigned yet)</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>消费者姓名</source>
        <translation>Consumer name</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>受理渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Complaint category</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <source>该严重程度须在 {response} 小时内响应、{resolution} 小时内处理完毕。</source>
        <translation>This severity needs a response within {response} hours and resolution within {resolution} hours.</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>或消费者</source>
        <translation>or consumer</translation>
    </message>
    <message>
        <source>联系人姓名（可空）</source>
        <translation>Contact name (optional)</translation>
    </message>
    <message>
        <source>联系电话（可空）</source>
        <translation>Contact phone (optional)</translation>
    </message>
    <message>
        <source>投诉单 {number}</source>
        <translation>Complaint {number}</translation>
    </message>
    <message>
        <source>投诉受理</source>
        <translation>Complaint intake</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>投诉编号</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <source>投诉类别 *</source>
        <translation>Complaint category *</translation>
    </message>
    <message>
        <source>如 20261101A</source>
        <translation>e.g. 20261101A</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>投诉内容 *</source>
        <translation>Complaint details *</translation>
    </message>
    <message>
        <source>客户反映的问题、数量、发现时间、诉求</source>
        <translation>What the client reports: the problem, quantity, when it was found, what they ask for</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>办理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>客户/消费者</source>
        <translation>Client / consumer</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>处理人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>当前期限</source>
        <translation>Current deadline</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未完结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部严重程度</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>计数中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>共 {count} 件投诉</source>
        <translation>{count} complaints</translation>
    </message>
    <message>
        <source>未选择投诉</source>
        <translation>No complaint selected</translation>
    </message>
    <message>
        <source>渠道：{channel}&#x3000;类别：{category}&#x3000;严重程度：{severity}</source>
        <translation>Channel: {channel}   Category: {category}   Severity: {severity}</translation>
    </message>
    <message>
        <source>产品：{product}&#x3000;批次：{batch}</source>
        <translation>Product: {product}   Batch: {batch}</translation>
    </message>
    <message>
        <source>受理：{who} {at}&#x3000;处理人：{assignee}</source>
        <translation>Received: {who} {at}   Handler: {assignee}</translation>
    </message>
    <message>
        <source>当前期限：{due}</source>
        <translation>Current deadline: {due}</translation>
    </message>
    <message>
        <source>投诉内容：{text}</source>
        <translation>Complaint: {text}</translation>
    </message>
    <message>
        <source>处理结果：{text}（原因：{cause}）</source>
        <translation>Resolution: {text} (root cause: {cause})</translation>
    </message>
    <message>
        <source>回访：{by} {at}，满意度 {score}</source>
        <translation>Follow-up: {by} {at}, satisfaction {score}</translation>
    </message>
    <message>
        <source>投诉 {number}：{status}</source>
        <translation>Complaint {number}: {status}</translation>
    </message>
    <message>
        <source>投诉 {number} 已保存</source>
        <translation>Complaint {number} saved</translation>
    </message>
    <message>
        <source>退换货单 {number} 已保存</source>
        <translation>Return / exchange {number} saved</translation>
    </message>
    <message>
        <source>投诉处理单 {number}</source>
        <translation>Complaint handling form {number}</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>确认此事件…</source>
        <translation>Acknowledge this incident…</translation>
    </message>
    <message>
        <source>全部投诉</source>
        <translation>All complaints</translation>
    </message>
    <message>
        <source>搜索 编号、客户、消费者、电话、产品、批次（Ctrl+F）</source>
        <translation>Search number, client, consumer, phone, product, batch (Ctrl+F)</translation>
    </message>
    <message>
        <source>按客户筛选</source>
        <translation>Filter by client</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>只看超期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>处理过程</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>开始处理…</source>
        <translation>Start handling…</translation>
    </message>
    <message>
        <source>处理完毕…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>回访…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>归档…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>指派…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>备注…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>新建投诉</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>修改受理信息</source>
        <translation>Edit intake details</translation>
    </message>
    <message>
        <source>退换货…</source>
        <translation>Return / exchange…</translation>
    </message>
    <message>
        <source>打印投诉处理单</source>
        <translation>Print complaint form</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>我的待办</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>红色：已超期</source>
        <translation>Red: overdue</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>记录已被他人修改</source>
        <translation>Someone else changed this record</translation>
    </message>
    <message>
        <source>{who} 于 {when} 保存了此记录（版本 {version}），您的修改尚未保存。</source>
        <translation>{who} saved this record at {when} (version {version}); your changes have not been saved.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>我的修改</source>
        <translation>My changes</translation>
    </message>
    <message>
        <source>对方保存的内容</source>
        <translation>Their saved version</translation>
    </message>
    <message>
        <source>“重新载入”显示对方的版本，您可以再次修改后保存；“在对方版本上重新应用我的修改”保留对方的其他修改，只换上您改过的字段，核对后再保存；“继续编辑”保留您的输入。</source>
        <translation>&quot;Reload&quot; shows their version, which you can change again and save. &quot;Reapply my changes to their version&quot; keeps their other changes and puts in only the fields you changed; check them, then save. &quot;Keep editing&quot; keeps your input.</translation>
    </message>
    <message>
        <source>“覆盖对方的修改”以您的内容替换对方保存的版本，并记入审计日志。</source>
        <translation>&quot;Overwrite their changes&quot; replaces their saved version with yours and is recorded in the audit log.</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>在对方版本上重新应用我的修改</source>
        <translation>Reapply my changes to their version</translation>
    </message>
    <message>
        <source>覆盖对方的修改</source>
        <translation>Overwrite their changes</translation>
    </message>
    <message>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>欢迎使用 crdesk</source>
        <translation>Welcome to crdesk</translation>
    </message>
    <message>
        <source>欢迎使用 crdesk 客户服务中心系统。请选择数据存放在哪里：只有这一台电脑使用时，选择“本机数据库文件”；几台电脑（接待、配送、经理）共用数据时，选择“数据库服务器”，并填写管理员提供的连接信息。以后可在“文件 → 数据库连接…”中修改。</source>
        <translation>Welcome to crdesk, the customer service center desk. Choose where the data is kept: if only this computer uses it, choose &quot;Local database file&quot;; if several computers (reception, delivery, manager) share the data, choose &quot;Database server&quot; and enter the connection details your administrator gave you. You can change this later under &quot;File → Database connection…&quot;.</translation>
    </message>
    <message>
        <source>此电脑没有可用的系统密钥环，密码不会被保存（也不会写入设置文件）：每次启动 crdesk 时需要重新输入密码。</source>
        <translation>This computer has no system keyring, so the password is not saved (nor written to the settings file): you need to enter it each time crdesk starts.</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.db)</source>
        <translation>SQLite database (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>无法连接：{error}</source>
        <translation>Cannot connect: {error}</translation>
    </message>
    <message>
        <source>连接成功。该数据库中还没有 crdesk 的数据表，确定后将创建。</source>
        <translation>Connected. This database has no crdesk tables yet; they are created when you confirm.</translation>
    </message>
    <message>
        <source>连接成功。数据库版本 {version}，需要升级到版本 {latest}。</source>
        <translation>Connected. Database version {version}; it needs an upgrade to version {latest}.</translation>
    </message>
    <message>
        <source>连接成功，数据库版本 {version}（最新）。</source>
        <translation>Connected, database version {version} (up to date).</translation>
    </message>
    <message>
        <source>连接成功，但该数据库由较新版本的 crdesk 使用（版本 {version}），请先升级本程序。</source>
        <translation>Connected, but this database is used by a newer crdesk (version {version}); upgrade this program first.</translation>
    </message>
    <message>
        <source>创建或升级失败：{error}</source>
        <translation>Creating or upgrading failed: {error}</translation>
    </message>
    <message>
        <source>数据库连接</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <source>选择本工作站使用的数据库。单台电脑可使用本机数据库文件；多台电脑共用数据时，请连接同一台 PostgreSQL 或 MySQL/MariaDB 服务器。</source>
        <translation>Choose the database this workstation uses. A single computer can use a local database file; when several computers share the data, connect them all to the same PostgreSQL or MySQL/MariaDB server.</translation>
    </message>
    <message>
        <source>本机数据库文件（单台电脑使用）</source>
        <translation>Local database file (one computer)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>数据库服务器（多台电脑共用）</source>
        <translation>Database server (shared by several computers)</translation>
    </message>
    <message>
        <source>服务器类型</source>
        <translation>Server type</translation>
    </message>
    <message>
        <source>如 192.168.1.10 或 crdesk-server</source>
        <translation>e.g. 192.168.1.10 or crdesk-server</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>在系统密钥环中保存密码</source>
        <translation>Save the password in the system keyring</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>{title}（{count}）</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>我的工作</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>{date} {weekday}</source>
        <translation>{date} {weekday}</translation>
    </message>
    <message>
        <source>暂无待办事项</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <source>共 {count} 项待办</source>
        <translation>{count} tasks</translation>
    </message>
    <message>
        <source>没有可打开该记录的页面</source>
        <translation>No page can open this record</translation>
    </message>
    <message>
        <source>满意度调查 {number} 已保存</source>
        <translation>Satisfaction survey {number} saved</translation>
    </message>
    <message>
        <source>满意度调查…</source>
        <translation>Satisfaction survey…</translation>
    </message>
    <message>
        <source>查看报表</source>
        <translation>View reports</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>双击一项即可打开对应记录；红色为已超期。</source>
        <translation>Double-click an item to open its record; red means overdue.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Approval comment</translation>
    </message>
</context>
<context>
    <name>DeliveriesTab</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>司机 / 日期 / 送货单</source>
        <translation>Driver / date / delivery slip</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>送货任务号</source>
        <translation>Delivery order no.</translation>
    </message>
    <message>
        <source>送货地址</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <source>要求日期</source>
        <translation>Requested date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>车次</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>重量(kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>送货单号</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <source>开单时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>打印次数</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <source>收货人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>签收时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>送货任务</source>
        <translation>Delivery orders</translation>
    </message>
    <message>
        <source>送货单</source>
        <translation>Delivery slips</translation>
    </message>
    <message>
        <source>共 {count} 个送货任务</source>
        <translation>{count} delivery orders</translation>
    </message>
    <message>
        <source>{date}（已出车 {days} 天）</source>
        <translation>{date} (out {days} days)</translation>
    </message>
    <message>
        <source>{name}（{count} 张）</source>
        <translation>{name} ({count} slips)</translation>
    </message>
    <message>
        <source>未回单 {count} 张</source>
        <translation>{count} receipt copies not returned</translation>
    </message>
    <message>
        <source>送货任务 {number} 已保存</source>
        <translation>Delivery order {number} saved</translation>
    </message>
    <message>
        <source>登记未送达</source>
        <translation>Record as not delivered</translation>
    </message>
    <message>
        <source>未送达原因：</source>
        <translation>Reason not delivered:</translation>
    </message>
    <message>
        <source>{number} 已登记未送达</source>
        <translation>{number} recorded as not delivered</translation>
    </message>
    <message>
        <source>改期重送</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>新的送货日期（YYYY-MM-DD）：</source>
        <translation>New delivery date (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>{number} 已改期</source>
        <translation>{number} rescheduled</translation>
    </message>
    <message>
        <source>送货单 {number}</source>
        <translation>Delivery slip {number}</translation>
    </message>
    <message>
        <source>送货单 {number} 已签收</source>
        <translation>Delivery slip {number} signed for</translation>
    </message>
    <message>
        <source>配送车次</source>
        <translation>Delivery runs</translation>
    </message>
    <message>
        <source>排车看板</source>
        <translation>Scheduling board</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>前一天 / 前一周</source>
        <translation>Previous day / week</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>后一天 / 后一周</source>
        <translation>Next day / week</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>新建车次</source>
        <translation>New run</translation>
    </message>
    <message>
        <source>修改车次</source>
        <translation>Edit run</translation>
    </message>
    <message>
        <source>排入所选车次</source>
        <translation>Assign to selected run</translation>
    </message>
    <message>
        <source>把左侧选中的送货任务排入选中的车次</source>
        <translation>Assign the delivery orders selected on the left to the selected run</translation>
    </message>
    <message>
        <source>移出车次</source>
        <translation>Remove from run</translation>
    </message>
    <message>
        <source>按区域地址排序</source>
        <translation>Sort by region and address</translation>
    </message>
    <message>
        <source>发车</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>完成车次</source>
        <translation>Complete run</translation>
    </message>
    <message>
        <source>打印车次单据</source>
        <translation>Print run papers</translation>
    </message>
    <message>
        <source>打印当日全部车次</source>
        <translation>Print all runs of the day</translation>
    </message>
    <message>
        <source>取消打印</source>
        <translation>Cancel printing</translation>
    </message>
    <message>
        <source>搜索 送货任务号、客户名称或地址</source>
        <translation>Search delivery order no., client name or address</translation>
    </message>
    <message>
        <source>新建送货任务</source>
        <translation>New delivery order</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>登记未送达…</source>
        <translation>Not delivered…</translation>
    </message>
    <message>
        <source>改期重送…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>打印送货单</source>
        <translation>Print delivery slip</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>送货单 / 签收</source>
        <translation>Delivery slips / proof of delivery</translation>
    </message>
    <message>
        <source>扫码</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>扫描送货单二维码或输入单号后回车</source>
        <translation>Scan the slip&apos;s QR code, or type its number and press Enter</translation>
    </message>
    <message>
        <source>签收登记…</source>
        <translation>Record proof of delivery…</translation>
    </message>
    <message>
        <source>补打送货单</source>
        <translation>Reprint delivery slip</translation>
    </message>
    <message>
        <source>未回单（按司机、日期）</source>
        <translation>Receipt copies not returned (by driver, date)</translation>
    </message>
</context>
<context>
    <name>DeliveryOrderDialog</name>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>要求送货日期</source>
        <translation>Requested delivery date</translation>
    </message>
    <message>
        <source>送货时间段</source>
        <translation>Delivery window</translation>
    </message>
    <message>
        <source>送货地址</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>产品明细</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>送货任务 {number}</source>
        <translation>Delivery order {number}</translation>
    </message>
    <message>
        <source>新建送货任务</source>
        <translation>New delivery order</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>（选择产品）</source>
        <translation>(choose a product)</translation>
    </message>
    <message>
        <source>送货任务号</source>
        <translation>Delivery order no.</translation>
    </message>
    <message>
        <source>客户 *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>送货地址 *</source>
        <translation>Delivery address *</translation>
    </message>
    <message>
        <source>留空则使用客户档案中的地址</source>
        <translation>Leave empty to use the address in the client file</translation>
    </message>
    <message>
        <source>产品明细 *</source>
        <translation>Products *</translation>
    </message>
    <message>
        <source>添加产品</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete selected rows</translation>
    </message>
</context>
<context>
    <name>DeliveryPodDialog</name>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>送货数量</source>
        <translation>Shipped quantity</translation>
    </message>
    <message>
        <source>实收数量</source>
        <translation>Received quantity</translation>
    </message>
    <message>
        <source>差异原因</source>
        <translation>Reason for difference</translation>
    </message>
    <message>
        <source>收货人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>签收时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>回单扫描件</source>
        <translation>Receipt copy scan</translation>
    </message>
    <message>
        <source>签收登记 {number}</source>
        <translation>Proof of delivery {number}</translation>
    </message>
    <message>
        <source>送货单 {number}&#x3000;{client}&#x3000;车次 {run}&#x3000;状态：{status}</source>
        <translation>Delivery slip {number}   {client}   run {run}   status: {status}</translation>
    </message>
    <message>
        <source>该送货单已签收，已锁定，不能修改。</source>
        <translation>This delivery slip has been signed for and is locked; it cannot be changed.</translation>
    </message>
    <message>
        <source>该送货单已作废，不能签收。</source>
        <translation>This delivery slip is void and cannot be signed for.</translation>
    </message>
    <message>
        <source>未选择</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <source>选择回单扫描件</source>
        <translation>Choose the receipt copy scan</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>{name}（{kb} KB）</source>
        <translation>{name} ({kb} KB)</translation>
    </message>
    <message>
        <source>收货人 *</source>
        <translation>Received by *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>实收数量（与送货数量不一致时须填写原因）</source>
        <translation>Received quantities (give a reason where they differ from the shipped quantity)</translation>
    </message>
    <message>
        <source>选择回单扫描件…</source>
        <translation>Choose receipt copy scan…</translation>
    </message>
</context>
<context>
    <name>DeliveryRunDialog</name>
    <message>
        <source>{plate}（核定 {kg} kg）</source>
        <translation>{plate} (rated {kg} kg)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>配送员</source>
        <translation>Delivery clerk</translation>
    </message>
    <message>
        <source>预计返回</source>
        <translation>Expected back</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>排车检查</source>
        <translation>Scheduling check</translation>
    </message>
    <message>
        <source>配送车次 {number}</source>
        <translation>Delivery run {number}</translation>
    </message>
    <message>
        <source>新建配送车次</source>
        <translation>New delivery run</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>车次号</source>
        <translation>Run no.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>车辆 *</source>
        <translation>Vehicle *</translation>
    </message>
    <message>
        <source>司机 *</source>
        <translation>Driver *</translation>
    </message>
    <message>
        <source>出发时间</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>超出检查的原因（部门经理）</source>
        <translation>Reason for overriding the checks (manager)</translation>
    </message>
    <message>
        <source>填写后可不受检查限制保存，记入审计记录</source>
        <translation>When filled in, the run is saved despite failed checks; recorded in the audit log</translation>
    </message>
</context>
<context>
    <name>DriverDialog</name>
    <message>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <source>{name}（{username}）</source>
        <translation>{name} ({username})</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>登录用户</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>驾驶证号</source>
        <translation>Driver&apos;s licence no.</translation>
    </message>
    <message>
        <source>准驾车型</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>司机 {name}</source>
        <translation>Driver {name}</translation>
    </message>
    <message>
        <source>新建司机</source>
        <translation>New driver</translation>
    </message>
</context>
<context>
    <name>FirstManagerDialog</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>创建部门经理账户</source>
        <translation>Create the manager account</translation>
    </message>
    <message>
        <source>这是第一次使用此数据库。请创建第一个账户（部门经理），之后由经理添加其他用户。</source>
        <translation>This database is being used for the first time. Create the first account (the manager); the manager then adds the other users.</translation>
    </message>
</context>
<context>
    <name>FleetActions</name>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>请先选择车辆</source>
        <translation>Select a vehicle first</translation>
    </message>
    <message>
        <source>车辆运行记录表 {plate} {month}</source>
        <translation>Vehicle log sheet {plate} {month}</translation>
    </message>
    <message>
        <source>此页没有可导出的列表</source>
        <translation>This page has no list to export</translation>
    </message>
</context>
<context>
    <name>FleetDriverDialog</name>
    <message>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>登录用户</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>驾驶证号</source>
        <translation>Driver&apos;s licence no.</translation>
    </message>
    <message>
        <source>准驾车型</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <source>驾驶证有效期至</source>
        <translation>Driver&apos;s licence valid until</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>在职（可派车）</source>
        <translation>Active (can be dispatched)</translation>
    </message>
</context>
<context>
    <name>FleetFuelDialog</name>
    <message>
        <source>加油记录</source>
        <translation>Fuel log</translation>
    </message>
    <message>
        <source>车辆 *</source>
        <translation>Vehicle *</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>里程表 *</source>
        <translation>Odometer *</translation>
    </message>
    <message>
        <source> 公里</source>
        <translation> km</translation>
    </message>
    <message>
        <source>加油量 *</source>
        <translation>Litres *</translation>
    </message>
    <message>
        <source> 升</source>
        <translation> L</translation>
    </message>
    <message>
        <source>金额 *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>加油站</source>
        <translation>Fuel station</translation>
    </message>
    <message>
        <source>加满</source>
        <translation>Full tank</translation>
    </message>
    <message>
        <source>本次加满（用于计算百公里油耗）</source>
        <translation>Filled to full (used to compute L/100 km)</translation>
    </message>
</context>
<context>
    <name>FleetMaintenanceDialog</name>
    <message>
        <source>保养维修</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>车辆 *</source>
        <translation>Vehicle *</translation>
    </message>
    <message>
        <source>日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>类别 *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <source>里程表</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source> 公里</source>
        <translation> km</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>服务单位</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Work done</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <source>全部车辆</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <source>全部司机</source>
        <translation>All drivers</translation>
    </message>
    <message>
        <source>到期提醒：{count} 项</source>
        <translation>Due reminders: {count}</translation>
    </message>
    <message>
        <source>保险、年检、驾驶证与保养：{count} 项已到期或即将到期</source>
        <translation>Insurance, annual inspection, driver&apos;s licences and maintenance: {count} expired or due soon</translation>
    </message>
    <message>
        <source>车辆管理：{count} 项证照或保养已到期或即将到期，请查看“到期提醒”</source>
        <translation>Fleet: {count} papers or services expired or due soon; see &quot;Due reminders&quot;</translation>
    </message>
    <message>
        <source>近两周没有尚未登记行车记录的配送车次</source>
        <translation>No delivery run of the last two weeks is missing its trip log</translation>
    </message>
    <message>
        <source>从配送车次登记</source>
        <translation>Log from a delivery run</translation>
    </message>
    <message>
        <source>选择配送车次：</source>
        <translation>Choose a delivery run:</translation>
    </message>
    <message>
        <source>到期提醒</source>
        <translation>Due reminders</translation>
    </message>
    <message>
        <source>保险、年检、驾驶证与保养的到期提醒</source>
        <translation>Due dates of insurance, annual inspection, driver&apos;s licences and maintenance</translation>
    </message>
    <message>
        <source>红色：已过期&#x3000;橙色：7 天内到期</source>
        <translation>Red: expired   Orange: due within 7 days</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>新建车辆</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>编辑车辆</source>
        <translation>Edit vehicle</translation>
    </message>
    <message>
        <source>显示已报废</source>
        <translation>Show scrapped</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>车辆运行记录表…</source>
        <translation>Vehicle log sheet…</translation>
    </message>
    <message>
        <source>司机</source>
        <translation>Drivers</translation>
    </message>
    <message>
        <source>新建司机</source>
        <translation>New driver</translation>
    </message>
    <message>
        <source>编辑司机</source>
        <translation>Edit driver</translation>
    </message>
    <message>
        <source>行车记录</source>
        <translation>Trip log</translation>
    </message>
    <message>
        <source>登记行车</source>
        <translation>Log trip</translation>
    </message>
    <message>
        <source>从配送车次登记…</source>
        <translation>Log from delivery run…</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>加油记录</source>
        <translation>Fuel log</translation>
    </message>
    <message>
        <source>登记加油</source>
        <translation>Log fuel</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>百公里油耗按两次加满之间计算；红色为偏离该车中位数过多的异常值</source>
        <translation>L/100 km is computed between two full tanks; red marks outliers far from the vehicle&apos;s median</translation>
    </message>
    <message>
        <source>保养维修</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>登记保养维修</source>
        <translation>Log maintenance</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>各车辆费用（油费 + 保养维修费）与每公里费用</source>
        <translation>Cost per vehicle (fuel + maintenance) and cost per km</translation>
    </message>
    <message>
        <source>司机行驶里程</source>
        <translation>Distance per driver</translation>
    </message>
</context>
<context>
    <name>FleetTripDialog</name>
    <message>
        <source>行车记录</source>
        <translation>Trip log</translation>
    </message>
    <message>
        <source>配送车次</source>
        <translation>Delivery runs</translation>
    </message>
    <message>
        <source>车辆 *</source>
        <translation>Vehicle *</translation>
    </message>
    <message>
        <source>驾驶员 *</source>
        <translation>Driver *</translation>
    </message>
    <message>
        <source>日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>出车里程 *</source>
        <translation>Odometer out *</translation>
    </message>
    <message>
        <source> 公里</source>
        <translation> km</translation>
    </message>
    <message>
        <source>回场里程 *</source>
        <translation>Odometer in *</translation>
    </message>
    <message>
        <source>行驶</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>路线</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>出车检查（逐项确认）</source>
        <translation>Pre-trip check (confirm each item)</translation>
    </message>
    <message>
        <source>轮胎</source>
        <translation>Tyres</translation>
    </message>
    <message>
        <source>灯光</source>
        <translation>Lights</translation>
    </message>
    <message>
        <source>制动</source>
        <translation>Brakes</translation>
    </message>
    <message>
        <source>油液</source>
        <translation>Fluids</translation>
    </message>
    <message>
        <source>证件（行驶证、保险单）</source>
        <translation>Papers (registration, insurance policy)</translation>
    </message>
    <message>
        <source>缺陷及处理（有未通过项时必填）</source>
        <translation>Defects and action taken (required when an item fails)</translation>
    </message>
</context>
<context>
    <name>FleetVehicleDialog</name>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>车牌号 *</source>
        <translation>Plate *</translation>
    </message>
    <message>
        <source>如 沪A·12345，新能源车如 粤B·D12345</source>
        <translation>e.g. 沪A·12345; new-energy vehicles e.g. 粤B·D12345</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车辆类型</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <source>燃料</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>载重</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source> 千克</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>容积</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source> 立方米</source>
        <translation> m³</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Annual inspection due</translation>
    </message>
    <message>
        <source>保养间隔（公里）</source>
        <translation>Service interval (km)</translation>
    </message>
    <message>
        <source> 公里</source>
        <translation> km</translation>
    </message>
    <message>
        <source>不按里程</source>
        <translation>Not by distance</translation>
    </message>
    <message>
        <source>保养间隔（月）</source>
        <translation>Service interval (months)</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>不按月份</source>
        <translation>Not by months</translation>
    </message>
    <message>
        <source>登记时里程</source>
        <translation>Odometer when registered</translation>
    </message>
    <message>
        <source>当前里程</source>
        <translation>Current odometer</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FuelDialog</name>
    <message>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>里程表</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>加油量</source>
        <translation>Litres</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>加油站</source>
        <translation>Fuel station</translation>
    </message>
    <message>
        <source>编辑加油记录</source>
        <translation>Edit fuel log entry</translation>
    </message>
    <message>
        <source>登记加油</source>
        <translation>Log fuel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>约 {rows} 行</source>
        <translation>about {rows} rows</translation>
    </message>
    <message>
        <source>编码：{encoding}&#x3000;{estimate}&#x3000;共 {columns} 列</source>
        <translation>Encoding: {encoding}   {estimate}   {columns} columns</translation>
    </message>
    <message>
        <source>请核对列对应关系，然后点“检查”或“导入”。</source>
        <translation>Check the column mapping, then click &quot;Check&quot; or &quot;Import&quot;.</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>共 {rows} 行：有效 {valid} 行，有错误 {bad} 行。</source>
        <translation>{rows} rows: {valid} valid, {bad} with errors.</translation>
    </message>
    <message>
        <source>检查完毕，尚未写入任何数据。</source>
        <translation>Check finished; nothing has been written yet.</translation>
    </message>
    <message>
        <source>有错误的行，未导入任何数据。请修改文件，或勾选“只导入有效的行”。</source>
        <translation>Some rows have errors, so nothing was imported. Correct the file, or tick &quot;Import valid rows only&quot;.</translation>
    </message>
    <message>
        <source>已导入 {count} 行。</source>
        <translation>Imported {count} rows.</translation>
    </message>
    <message>
        <source>已取消，未写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>有错误的行（{count}）</source>
        <translation>Rows with errors ({count})</translation>
    </message>
    <message>
        <source>有错误的行</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>导入数据</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>导入内容</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GBK）或 Excel 工作簿（.xlsx）</source>
        <translation>CSV (UTF-8 or GBK) or Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>预览（前 50 行）</source>
        <translation>Preview (first 50 rows)</translation>
    </message>
    <message>
        <source>只导入有效的行（跳过有错误的行）</source>
        <translation>Import valid rows only (skip rows with errors)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>crdesk 客户服务中心</source>
        <translation>crdesk Customer Service Center</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>管理(&amp;M)</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>审计日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>业务设置…</source>
        <translation>Business settings…</translation>
    </message>
    <message>
        <source>产品目录…</source>
        <translation>Product catalogue…</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于 crdesk</source>
        <translation>About crdesk</translation>
    </message>
    <message>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>数据库：{db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>已连接</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>连接中断，将自动重试</source>
        <translation>Connection lost; retrying automatically</translation>
    </message>
    <message>
        <source>crdesk {version}
客户服务中心桌面系统：客户档案、拜访回访、来访登记、投诉退换货、生产与包装物采购计划、配送与车辆管理。</source>
        <translation>crdesk {version}
Customer service center desk: client files, visits and follow-ups, visitor log, complaints and returns, production and packaging purchase plans, deliveries and fleet.</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>数据库连接…</source>
        <translation>Database connection…</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>里程表</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>服务单位</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>编辑保养维修</source>
        <translation>Edit maintenance entry</translation>
    </message>
    <message>
        <source>登记保养维修</source>
        <translation>Log maintenance</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>包装物 {code}</source>
        <translation>Packaging material {code}</translation>
    </message>
    <message>
        <source>新建包装物</source>
        <translation>New packaging material</translation>
    </message>
    <message>
        <source>当前库存：{stock}（由入库、领用和盘点记录计算，不能直接修改）</source>
        <translation>Current stock: {stock} (computed from receipts, issues and stocktakes; cannot be edited directly)</translation>
    </message>
</context>
<context>
    <name>PlanningApprovals</name>
    <message>
        <source>待我审批（全系统）</source>
        <translation>Awaiting my approval (all areas)</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>批准…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>我提交的事项：审批结果</source>
        <translation>My submissions: decisions</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>PlanningBomDialog</name>
    <message>
        <source>产品包装物料清单</source>
        <translation>Product bills of materials</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>添加物料</source>
        <translation>Add material</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>PlanningDecisionDialog</name>
    <message>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>驳回原因 *</source>
        <translation>Reason for rejection *</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Approval comment</translation>
    </message>
</context>
<context>
    <name>PlanningMaterialDialog</name>
    <message>
        <source>包装物</source>
        <translation>Packaging material</translation>
    </message>
    <message>
        <source>编号 *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位 *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>包装量（采购倍数） *</source>
        <translation>Pack size (order multiple) *</translation>
    </message>
    <message>
        <source>最小起订量</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlanningMaterials</name>
    <message>
        <source>按编号或名称查找</source>
        <translation>Find by code or name</translation>
    </message>
    <message>
        <source>显示停用</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>红色：低于安全库存</source>
        <translation>Red: below safety stock</translation>
    </message>
    <message>
        <source>库存流水</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <source>新建包装物…</source>
        <translation>New packaging material…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>领用出库…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>盘点…</source>
        <translation>Stocktake…</translation>
    </message>
    <message>
        <source>产品包装物料清单…</source>
        <translation>Product bills of materials…</translation>
    </message>
</context>
<context>
    <name>PlanningProduction</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>新建计划</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>从上月复制</source>
        <translation>Copy last month</translation>
    </message>
    <message>
        <source>按周录入实际产量</source>
        <translation>Enter actual output by week</translation>
    </message>
    <message>
        <source>添加产品…</source>
        <translation>Add products…</translation>
    </message>
    <message>
        <source>移除所选产品</source>
        <translation>Remove selected products</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>导入实际产量…</source>
        <translation>Import actual output…</translation>
    </message>
    <message>
        <source>生成采购计划</source>
        <translation>Generate purchase plan</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>PlanningPurchase</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>提交审批</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>到货入库…</source>
        <translation>Receive goods…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>PlanningReceiveDialog</name>
    <message>
        <source>到货入库</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <source>送货单号</source>
        <translation>Slip no.</translation>
    </message>
</context>
<context>
    <name>PlanningStockDialog</name>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>数量 *</source>
        <translation>Quantity *</translation>
    </message>
    <message>
        <source>单据号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <source>生产计划 SC20260001（2026年03月）</source>
        <translation>Production plan SC20260001 (2026-03)</translation>
    </message>
    <message>
        <source>生产计划</source>
        <translation>Production plan</translation>
    </message>
    <message>
        <source>包装物采购计划</source>
        <translation>Packaging purchase plan</translation>
    </message>
    <message>
        <source>包装物</source>
        <translation>Packaging material</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>包装物与库存</source>
        <translation>Packaging materials and stock</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>打印预览 - {title}</source>
        <translation>Print preview - {title}</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存文件：{error}</source>
        <translation>Cannot save the file: {error}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>产品编号</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>产品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单位重量（kg）</source>
        <translation>Unit weight (kg)</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>产品 {code}</source>
        <translation>Product {code}</translation>
    </message>
    <message>
        <source>新建产品</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>产品编号 *</source>
        <translation>Product code *</translation>
    </message>
    <message>
        <source>如 CP0101，保存为大写</source>
        <translation>e.g. CP0101, saved in capitals</translation>
    </message>
    <message>
        <source>产品名称 *</source>
        <translation>Product name *</translation>
    </message>
    <message>
        <source>如 550ml×24瓶</source>
        <translation>e.g. 550ml×24 bottles</translation>
    </message>
    <message>
        <source>单位 *</source>
        <translation>Unit *</translation>
    </message>
    <message>
        <source>如 箱</source>
        <translation>e.g. case</translation>
    </message>
    <message>
        <source>最多 3 位小数，如 13.5</source>
        <translation>At most 3 decimals, e.g. 13.5</translation>
    </message>
    <message>
        <source>最多 2 位小数，如 24.00</source>
        <translation>At most 2 decimals, e.g. 24.00</translation>
    </message>
    <message>
        <source>有效（新单据中可以选择）</source>
        <translation>Active (can be chosen on new documents)</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>产品编号</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>产品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单位重量（kg）</source>
        <translation>Unit weight (kg)</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>共 {count} 种产品</source>
        <translation>{count} products</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>已保存产品 {code} {name}</source>
        <translation>Product {code} {name} saved</translation>
    </message>
    <message>
        <source>停用产品</source>
        <translation>Deactivate product</translation>
    </message>
    <message>
        <source>停用产品 {label}？停用后新单据中不能再选择它，已有记录保留。</source>
        <translation>Deactivate product {label}? It can then no longer be chosen on new documents; existing records are kept.</translation>
    </message>
    <message>
        <source>已停用产品 {code}</source>
        <translation>Product {code} deactivated</translation>
    </message>
    <message>
        <source>已重新启用产品 {code}</source>
        <translation>Product {code} reactivated</translation>
    </message>
    <message>
        <source>产品目录</source>
        <translation>Product catalogue</translation>
    </message>
    <message>
        <source>按产品编号、名称或规格查找</source>
        <translation>Find by product code, name or specification</translation>
    </message>
    <message>
        <source>显示已停用</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>新建产品…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>采购计划 {number}：填写本次实际到货数量（不超过未到货数量）</source>
        <translation>Purchase plan {number}: enter the quantities received now (no more than outstanding)</translation>
    </message>
    <message>
        <source>到货数量</source>
        <translation>Quantity received</translation>
    </message>
    <message>
        <source>送货单号</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <source>物料编号</source>
        <translation>Material code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>采购数量</source>
        <translation>Order quantity</translation>
    </message>
    <message>
        <source>未到货</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>本次到货</source>
        <translation>Received now</translation>
    </message>
    <message>
        <source>收货 {number}</source>
        <translation>Receive {number}</translation>
    </message>
    <message>
        <source>{client}：请逐行填写实收数量和货物状况。</source>
        <translation>{client}: enter the received quantity and condition of each line.</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>申请数量</source>
        <translation>Requested quantity</translation>
    </message>
    <message>
        <source>实收数量 *</source>
        <translation>Received quantity *</translation>
    </message>
    <message>
        <source>货物状况 *</source>
        <translation>Condition *</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>登记号</source>
        <translation>Log no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>访客证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>来访时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <source>离开时间</source>
        <translation>Check-out time</translation>
    </message>
    <message>
        <source>关联客户</source>
        <translation>Linked client</translation>
    </message>
    <message>
        <source>来访事由</source>
        <translation>Purpose of visit</translation>
    </message>
    <message>
        <source>在访</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>今日来访 {count} 人，仍在访 {inside} 人</source>
        <translation>{count} visitors today, {inside} still on site</translation>
    </message>
    <message>
        <source>今日来访 ({inside} 人在访)</source>
        <translation>Today&apos;s visitors ({inside} on site)</translation>
    </message>
    <message>
        <source>{name} 已登记来访（{number}）</source>
        <translation>{name} checked in ({number})</translation>
    </message>
    <message>
        <source>{name} 已登记离开</source>
        <translation>{name} checked out</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>今日来访</source>
        <translation>Today&apos;s visitors</translation>
    </message>
    <message>
        <source>绿色：仍在访</source>
        <translation>Green: still on site</translation>
    </message>
    <message>
        <source>历史查询</source>
        <translation>History</translation>
    </message>
    <message>
        <source>搜索 访客姓名、单位、电话或证件号（Ctrl+F）</source>
        <translation>Search visitor name, organisation, phone or badge no. (Ctrl+F)</translation>
    </message>
    <message>
        <source>登记离开</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>Reconnector</name>
    <message>
        <source>已重新连接</source>
        <translation>Reconnected</translation>
    </message>
    <message>
        <source>连接中断，{seconds} 秒后自动重连（第 {attempt} 次）</source>
        <translation>Connection lost; reconnecting in {seconds} s (attempt {attempt})</translation>
    </message>
    <message>
        <source>正在重新连接…</source>
        <translation>Reconnecting…</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>{message}。此操作针对打开本窗口时的版本：请关闭本窗口，在列表中核对最新内容后重新操作（您填写的内容仍在此处，可复制）。</source>
        <translation>{message}. This step was for the version shown when this window opened: close it, check the latest data in the list and do the step again (what you typed is still here to copy).</translation>
    </message>
    <message>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>表单中有尚未保存的修改。确定要放弃这些修改吗？</source>
        <translation>The form has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>正在生成报表…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>{title}（{period}）</source>
        <translation>{title} ({period})</translation>
    </message>
    <message>
        <source>说明：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>已导出 {count} 行到 {path}</source>
        <translation>Exported {count} rows to {path}</translation>
    </message>
    <message>
        <source>客服中心月报 {month}</source>
        <translation>Customer service monthly report {month}</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>满意度调查…</source>
        <translation>Satisfaction survey…</translation>
    </message>
    <message>
        <source>问卷设置…</source>
        <translation>Questionnaire…</translation>
    </message>
    <message>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>打印月报…</source>
        <translation>Print monthly report…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>产品 *</source>
        <translation>Product *</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>数量 *</source>
        <translation>Quantity *</translation>
    </message>
    <message>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>合计数量不超过 {quantity}、金额不超过 {amount} 元的，配送员或接待员可以审批；超过的须由部门经理审批。</source>
        <translation>Up to {quantity} items and {amount} yuan in total, a delivery clerk or receptionist can approve; above that, the manager must approve.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>关联投诉</source>
        <translation>Linked complaint</translation>
    </message>
    <message>
        <source>原送货单</source>
        <translation>Original delivery slip</translation>
    </message>
    <message>
        <source>退换货原因</source>
        <translation>Reason for return / exchange</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>退换货单 {number}</source>
        <translation>Return / exchange {number}</translation>
    </message>
    <message>
        <source>退换货申请</source>
        <translation>Return / exchange request</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>请选择产品</source>
        <translation>Choose a product</translation>
    </message>
    <message>
        <source>合计 {quantity} 件，{amount} 元</source>
        <translation>Total {quantity} items, {amount} yuan</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>客户 *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <source>原送货单或送货任务编号（可空）</source>
        <translation>Original delivery slip or delivery order number (optional)</translation>
    </message>
    <message>
        <source>添加明细</source>
        <translation>Add line</translation>
    </message>
    <message>
        <source>删除明细</source>
        <translation>Delete line</translation>
    </message>
</context>
<context>
    <name>ReturnReceiveDialog</name>
    <message>
        <source>收货</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ReturnsTab</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>退货和换货</source>
        <translation>Returns and exchanges</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>配送员/接待员审批限额：{quantity} 件、{amount} 元</source>
        <translation>Approval limit for delivery clerks / receptionists: {quantity} items, {amount} yuan</translation>
    </message>
    <message>
        <source>计数中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>共 {count} 张</source>
        <translation>{count} returns / exchanges</translation>
    </message>
    <message>
        <source>未选择退换货单</source>
        <translation>No return / exchange selected</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>申请：{who} {at}&#x3000;合计 {quantity} 件，{amount} 元</source>
        <translation>Requested: {who} {at}   total {quantity} items, {amount} yuan</translation>
    </message>
    <message>
        <source>关联投诉：{complaint}&#x3000;原送货单：{delivery}</source>
        <translation>Linked complaint: {complaint}   Original slip: {delivery}</translation>
    </message>
    <message>
        <source>原因：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>审批：{who} {at} {note}</source>
        <translation>Decision: {who} {at} {note}</translation>
    </message>
    <message>
        <source>处理方式：{disposition}</source>
        <translation>Disposition: {disposition}</translation>
    </message>
    <message>
        <source>补发送货任务：{orders}</source>
        <translation>Replacement delivery orders: {orders}</translation>
    </message>
    <message>
        <source>回访：{by} {at}，满意度 {score}</source>
        <translation>Follow-up: {by} {at}, satisfaction {score}</translation>
    </message>
    <message>
        <source>退换货单 {number}：{status}</source>
        <translation>Return / exchange {number}: {status}</translation>
    </message>
    <message>
        <source>退换货单 {number}</source>
        <translation>Return / exchange {number}</translation>
    </message>
    <message>
        <source>退换货</source>
        <translation>Returns / exchanges</translation>
    </message>
    <message>
        <source>搜索 编号、客户、原送货单、投诉单号（Ctrl+F）</source>
        <translation>Search number, client, original slip, complaint no. (Ctrl+F)</translation>
    </message>
    <message>
        <source>退换货明细</source>
        <translation>Return / exchange lines</translation>
    </message>
    <message>
        <source>处理过程</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>批准…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>收货…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <source>完成处理…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>回访…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>归档…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>新建退换货</source>
        <translation>New return / exchange</translation>
    </message>
    <message>
        <source>修改申请</source>
        <translation>Edit request</translation>
    </message>
    <message>
        <source>打印退换货单</source>
        <translation>Print return / exchange form</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ScheduleBoard</name>
    <message>
        <source>待排车送货任务（{count}）</source>
        <translation>Unscheduled delivery orders ({count})</translation>
    </message>
    <message>
        <source>{plate}&#x3000;核定载重 {capacity} kg</source>
        <translation>{plate}   rated payload {capacity} kg</translation>
    </message>
    <message>
        <source>（维修中）</source>
        <translation> (in maintenance)</translation>
    </message>
    <message>
        <source>无车次</source>
        <translation>No runs</translation>
    </message>
    <message>
        <source>{date}{number}&#x3000;{start}–{end}
司机 {driver}&#x3000;{status}</source>
        <translation>{date}{number}   {start}–{end}
Driver {driver}   {status}</translation>
    </message>
    <message>
        <source>装载 {load} / {capacity} kg，{stops} 站</source>
        <translation>Load {load} / {capacity} kg, {stops} stops</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 crdesk</source>
        <translation>Sign in to crdesk</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>StockDialog</name>
    <message>
        <source>领用出库</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>{code} {name}：当前库存 {stock} {unit}</source>
        <translation>{code} {name}: current stock {stock} {unit}</translation>
    </message>
    <message>
        <source>领用数量 *</source>
        <translation>Quantity issued *</translation>
    </message>
    <message>
        <source>实盘数量 *</source>
        <translation>Counted quantity *</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>差异原因 *</source>
        <translation>Reason for difference *</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>单据号</source>
        <translation>Document no.</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>调查场合</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>客户意见及建议</source>
        <translation>Client&apos;s comments and suggestions</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>（未回答）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>满意度调查 {number}</source>
        <translation>Satisfaction survey {number}</translation>
    </message>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>调查编号</source>
        <translation>Survey no.</translation>
    </message>
    <message>
        <source>客户 *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <source>调查人</source>
        <translation>Surveyed by</translation>
    </message>
    <message>
        <source>问卷（评分：5 非常满意 … 1 非常不满意）</source>
        <translation>Questionnaire (scores: 5 very satisfied … 1 very dissatisfied)</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionsDialog</name>
    <message>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>选项（单选题）</source>
        <translation>Options (single choice)</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>满意度调查问卷设置</source>
        <translation>Satisfaction survey questionnaire</translation>
    </message>
    <message>
        <source>评分题按 1–5 分作答；单选题的选项用顿号“、”分隔。已有的调查结果保留提问时的问题和类别。</source>
        <translation>Rating questions are answered with a score of 1–5; separate the options of a single-choice question with &quot;、&quot;. Surveys already taken keep the questions and categories they were asked with.</translation>
    </message>
    <message>
        <source>添加问题</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>出车里程</source>
        <translation>Odometer out</translation>
    </message>
    <message>
        <source>回场里程</source>
        <translation>Odometer in</translation>
    </message>
    <message>
        <source>路线</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>出车检查</source>
        <translation>Pre-trip check</translation>
    </message>
    <message>
        <source>缺陷及处理</source>
        <translation>Defects and action</translation>
    </message>
    <message>
        <source>回场时间</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>编辑行车记录</source>
        <translation>Edit trip log entry</translation>
    </message>
    <message>
        <source>登记行车</source>
        <translation>Log trip</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{km:,} 公里</source>
        <translation>{km:,} km</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>账户有效</source>
        <translation>Account active</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>修改用户 {name}</source>
        <translation>Edit user {name}</translation>
    </message>
    <message>
        <source>重置密码：{name}</source>
        <translation>Reset password: {name}</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>用户名 *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <source>登录用，不含空格，如 lijie</source>
        <translation>For signing in, no spaces, e.g. lijie</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>账户有效（可以登录）</source>
        <translation>Account active (can sign in)</translation>
    </message>
    <message>
        <source>密码 *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>至少 8 个字符</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>确认密码 *</source>
        <translation>Confirm password *</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>已添加用户 {name}</source>
        <translation>User {name} added</translation>
    </message>
    <message>
        <source>已保存用户 {name}</source>
        <translation>User {name} saved</translation>
    </message>
    <message>
        <source>已为 {name} 设置新密码</source>
        <translation>New password set for {name}</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>系统用户与角色。停用的账户不能登录，其历史记录保留。</source>
        <translation>Users and their roles. An inactive account cannot sign in; its history is kept.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车辆类型</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <source>燃料</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>载重</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>容积</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>保养间隔（公里）</source>
        <translation>Service interval (km)</translation>
    </message>
    <message>
        <source>保养间隔（月）</source>
        <translation>Service interval (months)</translation>
    </message>
    <message>
        <source>登记时里程</source>
        <translation>Odometer when registered</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>车辆 {plate}</source>
        <translation>Vehicle {plate}</translation>
    </message>
    <message>
        <source>新建车辆</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>{km:,} 公里</source>
        <translation>{km:,} km</translation>
    </message>
    <message>
        <source>保存后按间隔计算</source>
        <translation>Computed from the intervals when saved</translation>
    </message>
    <message>
        <source> 或 </source>
        <translation> or </translation>
    </message>
    <message>
        <source>{due}（先到为准）</source>
        <translation>{due} (whichever comes first)</translation>
    </message>
    <message>
        <source>不跟踪</source>
        <translation>Not tracked</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>接待/回访人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>下次回访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>拜访/回访记录 {number}</source>
        <translation>Visit / follow-up {number}</translation>
    </message>
    <message>
        <source>登记拜访/回访</source>
        <translation>Log visit / follow-up</translation>
    </message>
    <message>
        <source>（保存后自动编号）</source>
        <translation>(numbered when saved)</translation>
    </message>
    <message>
        <source>保存后，该客户的这次待回访将标记为已完成。</source>
        <translation>When saved, this client&apos;s pending follow-up is marked as done.</translation>
    </message>
    <message>
        <source>拜访/回访记录</source>
        <translation>Visit / follow-up record</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>客户 *</source>
        <translation>Client *</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>如：季度回访、新品介绍、投诉处理回访</source>
        <translation>e.g. quarterly follow-up, new product introduction, complaint follow-up</translation>
    </message>
    <message>
        <source>安排回访，日期</source>
        <translation>Schedule a follow-up on</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>可选：输入客户名称、编号或电话查找</source>
        <translation>Optional: type a client name, code or phone to search</translation>
    </message>
    <message>
        <source>访客姓名</source>
        <translation>Visitor name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>来访事由</source>
        <translation>Purpose of visit</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>访客证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>关联客户</source>
        <translation>Linked client</translation>
    </message>
    <message>
        <source>来访时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <source>登记来访</source>
        <translation>Check in visitor</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>访客姓名 *</source>
        <translation>Visitor name *</translation>
    </message>
    <message>
        <source>手机 13812345678 或固话 021-62345678</source>
        <translation>Mobile 13812345678 or landline 021-62345678</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>全部方式</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>应回访日期</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Client code</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>上次方式</source>
        <translation>Last type</translation>
    </message>
    <message>
        <source>上次联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>下次回访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>逾期 {days} 天</source>
        <translation>{days}d overdue</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>记录回访结果</source>
        <translation>Record follow-up result</translation>
    </message>
    <message>
        <source>记录呼出结果</source>
        <translation>Record call result</translation>
    </message>
    <message>
        <source>查看原记录</source>
        <translation>Open original record</translation>
    </message>
    <message>
        <source>查看/编辑</source>
        <translation>View / edit</translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>计数中…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>共 {count} 条记录</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <source>今天及已逾期的回访：共 {count} 条，其中逾期 {overdue} 条</source>
        <translation>Follow-ups due today or overdue: {count}, of which {overdue} overdue</translation>
    </message>
    <message>
        <source>待回访 ({count})</source>
        <translation>Follow-ups due ({count})</translation>
    </message>
    <message>
        <source>共 {count} 位客户</source>
        <translation>{count} clients</translation>
    </message>
    <message>
        <source>显示前 {count} 位客户</source>
        <translation>Showing the first {count} clients</translation>
    </message>
    <message>
        <source>拜访/回访记录 {number} 已保存</source>
        <translation>Visit / follow-up {number} saved</translation>
    </message>
    <message>
        <source>标记已回访</source>
        <translation>Mark as followed up</translation>
    </message>
    <message>
        <source>将客户 {name} 的这次回访标记为已完成（不登记回访内容）？</source>
        <translation>Mark this follow-up of client {name} as done (without logging what was said)?</translation>
    </message>
    <message>
        <source>客户 {name} 的回访已标记为完成</source>
        <translation>Follow-up of client {name} marked as done</translation>
    </message>
    <message>
        <source>回访记录单 {number}</source>
        <translation>Visit record {number}</translation>
    </message>
    <message>
        <source>拜访回访记录</source>
        <translation>Visits and follow-ups</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>今天及已逾期的回访</source>
        <translation>Follow-ups due today or overdue</translation>
    </message>
    <message>
        <source>红色：已逾期</source>
        <translation>Red: overdue</translation>
    </message>
    <message>
        <source>主动呼出</source>
        <translation>Outbound calls</translation>
    </message>
    <message>
        <source>有效客户中超过</source>
        <translation>Active clients not contacted for more than</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>未联系的客户（从未联系的排在最前）</source>
        <translation>(those never contacted first)</translation>
    </message>
    <message>
        <source>全部记录</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>搜索 客户名称、编号、电话、记录编号、目的或人员（Ctrl+F）</source>
        <translation>Search client name, code, phone, record no., purpose or staff (Ctrl+F)</translation>
    </message>
    <message>
        <source>新建拜访/回访</source>
        <translation>New visit / follow-up</translation>
    </message>
    <message>
        <source>打印回访记录单</source>
        <translation>Print visit record</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库：
{error}</source>
        <translation>Cannot open the database:
{error}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>（已隐藏）</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <source>内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>原因分析 *</source>
        <translation>Root cause *</translation>
    </message>
    <message>
        <source>填写处理结果和原因分析；保存后进入待回访。</source>
        <translation>Enter the resolution and root cause; once saved, the complaint awaits a follow-up.</translation>
    </message>
    <message>
        <source>处理人 *</source>
        <translation>Handler *</translation>
    </message>
    <message>
        <source>处理完毕 {number}</source>
        <translation>Resolve {number}</translation>
    </message>
    <message>
        <source>处理意见</source>
        <translation>Handling notes</translation>
    </message>
    <message>
        <source>处理结果 *</source>
        <translation>Resolution *</translation>
    </message>
    <message>
        <source>备注 *</source>
        <translation>Note *</translation>
    </message>
    <message>
        <source>备注记入处理过程，不改变状态（如：客户电话未接通）。</source>
        <translation>The note goes into the case history without changing the status (e.g. the client did not answer the phone).</translation>
    </message>
    <message>
        <source>开始处理 {number}</source>
        <translation>Start handling {number}</translation>
    </message>
    <message>
        <source>开始处理后，按处理期限 {due} 前处理完毕。</source>
        <translation>Once started, resolve it before the deadline, {due}.</translation>
    </message>
    <message>
        <source>归档 {number}</source>
        <translation>Close {number}</translation>
    </message>
    <message>
        <source>归档后投诉单只读。</source>
        <translation>Once closed, the complaint is read-only.</translation>
    </message>
    <message>
        <source>归档说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>投诉 {number}&#x3000;{party}
处理结果：{resolution}</source>
        <translation>Complaint {number}   {party}
Resolution: {resolution}</translation>
    </message>
    <message>
        <source>指派 {number}</source>
        <translation>Assign {number}</translation>
    </message>
    <message>
        <source>有 {count} 起重大事件待确认。{number}：{summary}（{at}）</source>
        <translation>{count} major incidents await acknowledgement. {number}: {summary} ({at})</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>未回访归档 {number}</source>
        <translation>Close {number} without follow-up</translation>
    </message>
    <message>
        <source>未回访归档原因 *</source>
        <translation>Reason for closing without follow-up *</translation>
    </message>
    <message>
        <source>涉及投诉：{numbers}</source>
        <translation>Complaints involved: {numbers}</translation>
    </message>
    <message>
        <source>添加备注 {number}</source>
        <translation>Add note to {number}</translation>
    </message>
    <message>
        <source>确认重大事件 {number}</source>
        <translation>Acknowledge major incident {number}</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>该投诉尚未回访。只有部门经理可以不经回访直接归档，须填写原因，并记入审计日志。</source>
        <translation>This complaint has had no follow-up. Only the manager can close it without one, giving a reason that is recorded in the audit log.</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>超期投诉：{count}</source>
        <translation>Overdue complaints: {count}</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>双方都修改了：{fields}（现为您的内容）。</source>
        <translation>You both changed: {fields} (showing yours now).</translation>
    </message>
    <message>
        <source>已在 {who} 保存的版本上重新应用您的修改，请核对后保存。</source>
        <translation>Your changes were reapplied to the version {who} saved; check them, then save.</translation>
    </message>
    <message>
        <source>已载入他人保存的最新版本，请核对后再保存。</source>
        <translation>The latest version saved by someone else is loaded; check it before saving.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>发生内部错误，已记录到日志文件。您的输入仍保留在窗口中。</source>
        <translation>An internal error occurred and was written to the log file. Your input is still in the window.</translation>
    </message>
    <message>
        <source>数据库连接中断</source>
        <translation>Database connection lost</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete the operation</translation>
    </message>
    <message>
        <source>稍后再试</source>
        <translation>Try later</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <source>{days} 天内到期</source>
        <translation>In {days} days</translation>
    </message>
    <message>
        <source>下次保养（公里 / 日期）</source>
        <translation>Next service (km / date)</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>保养维修费（元）</source>
        <translation>Maintenance (yuan)</translation>
    </message>
    <message>
        <source>保养里程</source>
        <translation>Service due (km)</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <source>全部正常</source>
        <translation>All in order</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>准驾车型</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <source>出车检查</source>
        <translation>Pre-trip check</translation>
    </message>
    <message>
        <source>出车次数</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>出车里程</source>
        <translation>Odometer out</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>剩余里程</source>
        <translation>km left</translation>
    </message>
    <message>
        <source>加油站</source>
        <translation>Fuel station</translation>
    </message>
    <message>
        <source>加油量（升）</source>
        <translation>Fuel (L)</translation>
    </message>
    <message>
        <source>加满</source>
        <translation>Full tank</translation>
    </message>
    <message>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>合计（元）</source>
        <translation>Total (yuan)</translation>
    </message>
    <message>
        <source>回场里程</source>
        <translation>Odometer in</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Annual inspection due</translation>
    </message>
    <message>
        <source>当前里程</source>
        <translation>Current odometer</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>服务单位</source>
        <translation>Service provider</translation>
    </message>
    <message>
        <source>未通过：</source>
        <translation>Failed: </translation>
    </message>
    <message>
        <source>每公里费用（元）</source>
        <translation>Cost per km (yuan)</translation>
    </message>
    <message>
        <source>油费（元）</source>
        <translation>Fuel (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>登录用户</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>百公里油耗（升）</source>
        <translation>L/100 km</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>缺陷</source>
        <translation>Defects</translation>
    </message>
    <message>
        <source>行驶公里</source>
        <translation>Distance (km)</translation>
    </message>
    <message>
        <source>费用（元）</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <source>路线</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车辆 / 司机</source>
        <translation>Vehicle / driver</translation>
    </message>
    <message>
        <source>里程表</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>驾驶员</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>驾驶证号</source>
        <translation>Driver&apos;s licence no.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>1 非常不满意</source>
        <translation>1 Very dissatisfied</translation>
    </message>
    <message>
        <source>2 不满意</source>
        <translation>2 Dissatisfied</translation>
    </message>
    <message>
        <source>3 一般</source>
        <translation>3 Neutral</translation>
    </message>
    <message>
        <source>4 满意</source>
        <translation>4 Satisfied</translation>
    </message>
    <message>
        <source>5 非常满意</source>
        <translation>5 Very satisfied</translation>
    </message>
    <message>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>UTF-8（带 BOM）</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>上门拜访</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <source>下次回访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>业务设置</source>
        <translation>Business settings</translation>
    </message>
    <message>
        <source>个</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>临期过期</source>
        <translation>Near or past expiry</translation>
    </message>
    <message>
        <source>主动呼出</source>
        <translation>Outbound call</translation>
    </message>
    <message>
        <source>主动呼出天数</source>
        <translation>Outbound call days</translation>
    </message>
    <message>
        <source>主动呼出：未联系天数</source>
        <translation>Outbound calls: days without contact</translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>产品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>产品损坏</source>
        <translation>Product damaged</translation>
    </message>
    <message>
        <source>产品编号</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>今日配送车次</source>
        <translation>Today&apos;s delivery runs</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>保养维修</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>保养间隔（公里）</source>
        <translation>Service interval (km)</translation>
    </message>
    <message>
        <source>保养间隔（月）</source>
        <translation>Service interval (months)</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance expires</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>修改受理信息</source>
        <translation>Edit intake details</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>Back to stock</translation>
    </message>
    <message>
        <source>公司名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>公司地址</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>公司电话</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>内容摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>到货入库</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <source>制动</source>
        <translation>Brakes</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>加油记录</source>
        <translation>Fuel log</translation>
    </message>
    <message>
        <source>包装物</source>
        <translation>Packaging material</translation>
    </message>
    <message>
        <source>包装物采购计划</source>
        <translation>Packaging purchase plan</translation>
    </message>
    <message>
        <source>包装量</source>
        <translation>Pack size</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>单价(元)</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单位重量(kg)</source>
        <translation>Unit weight (kg)</translation>
    </message>
    <message>
        <source>单选</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>厢式货车</source>
        <translation>Box van</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>变质过期</source>
        <translation>Spoiled or expired</translation>
    </message>
    <message>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>同一产品投诉集中</source>
        <translation>Cluster of complaints about one product</translation>
    </message>
    <message>
        <source>同一批次投诉集中</source>
        <translation>Cluster of complaints about one batch</translation>
    </message>
    <message>
        <source>同类投诉集中</source>
        <translation>Cluster of similar complaints</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>回访不满意，重新处理</source>
        <translation>Dissatisfied at follow-up, reopened</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>处理完毕</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>外包装破损</source>
        <translation>Outer packaging damaged</translation>
    </message>
    <message>
        <source>多发滞销</source>
        <translation>Oversupplied / slow-selling</translation>
    </message>
    <message>
        <source>天然气</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>完成回访</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <source>完成处理</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>客户档案</source>
        <translation>Client file</translation>
    </message>
    <message>
        <source>客户编号</source>
        <translation>Client code</translation>
    </message>
    <message>
        <source>容积（立方米）</source>
        <translation>Volume (m³)</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>已修订</source>
        <translation>Revised</translation>
    </message>
    <message>
        <source>已发车</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已开单</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已排车</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已收货</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>年检</source>
        <translation>Annual inspection</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Annual inspection due</translation>
    </message>
    <message>
        <source>建议采购 = 净需求（需求量 − 库存 − 在途 + 安全库存）≤ 0 时为 0，否则取与起订量之大者，按包装量向上取整；采购数量与建议不同时须填写调整原因。</source>
        <translation>Suggested purchase = net requirement (requirement − stock − on order + safety stock): 0 when that is ≤ 0, otherwise at least the minimum order, rounded up to whole packs. Where the order quantity differs from the suggestion, give a reason for the adjustment.</translation>
    </message>
    <message>
        <source>开始处理</source>
        <translation>Start handling</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>当前里程</source>
        <translation>Current odometer</translation>
    </message>
    <message>
        <source>待分派</source>
        <translation>To assign</translation>
    </message>
    <message>
        <source>待回访客户</source>
        <translation>Clients due for a follow-up</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>待排车</source>
        <translation>Unscheduled</translation>
    </message>
    <message>
        <source>我提交的审批结果</source>
        <translation>Decisions on my submissions</translation>
    </message>
    <message>
        <source>我的投诉与退换货</source>
        <translation>My complaints and returns</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>投诉分类统计</source>
        <translation>Complaints by category</translation>
    </message>
    <message>
        <source>投诉回访</source>
        <translation>Complaint follow-up</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <source>拜访回访</source>
        <translation>Visits &amp; follow-ups</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>换货</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>换货补发</source>
        <translation>Replacement sent</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>接待员</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>收货</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>未交回的回单</source>
        <translation>Receipt copies not returned</translation>
    </message>
    <message>
        <source>未回访归档</source>
        <translation>Closed without follow-up</translation>
    </message>
    <message>
        <source>未确认的重大事件</source>
        <translation>Unacknowledged major incidents</translation>
    </message>
    <message>
        <source>未评价</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>未送达</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>来访接待</source>
        <translation>Reception visit</translation>
    </message>
    <message>
        <source>来访时间</source>
        <translation>Check-in time</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>柴油</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <source>汽油</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>油液</source>
        <translation>Fluids</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>混合动力</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>满意度调查结果</source>
        <translation>Satisfaction survey results</translation>
    </message>
    <message>
        <source>满意度趋势</source>
        <translation>Satisfaction trend</translation>
    </message>
    <message>
        <source>灯光</source>
        <translation>Lights</translation>
    </message>
    <message>
        <source>热点问题排行</source>
        <translation>Hot issues</translation>
    </message>
    <message>
        <source>燃料</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <source>物料编号</source>
        <translation>Material code</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>生产计划</source>
        <translation>Production plan</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电话回访</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登记离开</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>盘点调整</source>
        <translation>Stocktake adjustment</translation>
    </message>
    <message>
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>离开时间</source>
        <translation>Check-out time</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>箱</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>纯电</source>
        <translation>Electric</translation>
    </message>
    <message>
        <source>经销商</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>行车记录</source>
        <translation>Trip log</translation>
    </message>
    <message>
        <source>覆盖保存</source>
        <translation>Saved over a conflict</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>计划执行情况</source>
        <translation>Plan fulfilment</translation>
    </message>
    <message>
        <source>设置密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>访客证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <source>证件</source>
        <translation>Papers</translation>
    </message>
    <message>
        <source>证照到期提醒</source>
        <translation>Papers due</translation>
    </message>
    <message>
        <source>评分（1–5 分）</source>
        <translation>Rating (1–5)</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>货车</source>
        <translation>Truck</translation>
    </message>
    <message>
        <source>质量问题</source>
        <translation>Quality problem</translation>
    </message>
    <message>
        <source>起订量</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>超期回访</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>超期投诉</source>
        <translation>Overdue complaints</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>车辆每公里成本</source>
        <translation>Vehicle cost per km</translation>
    </message>
    <message>
        <source>车辆证照到期</source>
        <translation>Vehicle papers due</translation>
    </message>
    <message>
        <source>轮胎</source>
        <translation>Tyres</translation>
    </message>
    <message>
        <source>载重（千克）</source>
        <translation>Payload (kg)</translation>
    </message>
    <message>
        <source>轿车</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>运输破损</source>
        <translation>Damaged in transit</translation>
    </message>
    <message>
        <source>返修</source>
        <translation>Rework</translation>
    </message>
    <message>
        <source>退换货</source>
        <translation>Return / exchange</translation>
    </message>
    <message>
        <source>退换货回访</source>
        <translation>Return / exchange follow-up</translation>
    </message>
    <message>
        <source>退款</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>退货</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>送货单打印回单联（A4）</source>
        <translation>Delivery slips: print the receipt copy (A4)</translation>
    </message>
    <message>
        <source>送货单打印存根联（A4）</source>
        <translation>Delivery slips: print the stub (A4)</translation>
    </message>
    <message>
        <source>送货单打印客户联（A4）</source>
        <translation>Delivery slips: print the client copy (A4)</translation>
    </message>
    <message>
        <source>送货单显示单价和金额</source>
        <translation>Delivery slips show unit prices and amounts</translation>
    </message>
    <message>
        <source>送货单用 241×140 mm 连续多联纸（否则 A4）</source>
        <translation>Delivery slips on 241×140 mm continuous multi-part paper (otherwise A4)</translation>
    </message>
    <message>
        <source>送货后</source>
        <translation>After delivery</translation>
    </message>
    <message>
        <source>送货（已排车）</source>
        <translation>Delivery (scheduled)</translation>
    </message>
    <message>
        <source>送货（已送达）</source>
        <translation>Delivery (delivered)</translation>
    </message>
    <message>
        <source>送货（待排车）</source>
        <translation>Delivery (unscheduled)</translation>
    </message>
    <message>
        <source>送货（未送达）</source>
        <translation>Delivery (not delivered)</translation>
    </message>
    <message>
        <source>送货（部分送达）</source>
        <translation>Delivery (partly delivered)</translation>
    </message>
    <message>
        <source>送货（配送中）</source>
        <translation>Delivery (out for delivery)</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>部分送达</source>
        <translation>Partly delivered</translation>
    </message>
    <message>
        <source>部门经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>配送中</source>
        <translation>Out for delivery</translation>
    </message>
    <message>
        <source>配送准时率</source>
        <translation>On-time delivery rate</translation>
    </message>
    <message>
        <source>配送员</source>
        <translation>Delivery clerk</translation>
    </message>
    <message>
        <source>配送车次默认时长</source>
        <translation>Default length of a delivery run</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>重大投诉</source>
        <translation>Major complaint</translation>
    </message>
    <message>
        <source>重要</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>错发</source>
        <translation>Wrong item sent</translation>
    </message>
    <message>
        <source>零售商</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <source>领用出库</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>驾驶证</source>
        <translation>Driver&apos;s licence</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{day} 没有配送车次</source>
        <translation>No delivery runs on {day}</translation>
    </message>
    <message>
        <source>下次回访日期不能早于本次拜访日期</source>
        <translation>The next follow-up cannot be before this visit</translation>
    </message>
    <message>
        <source>不能取消自己的经理角色或停用自己的账户</source>
        <translation>You cannot remove your own manager role or deactivate your own account</translation>
    </message>
    <message>
        <source>与文件第 {row} 行重复</source>
        <translation>Duplicate of row {row} of the file</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>关联的单据不属于该客户</source>
        <translation>The linked document belongs to another client</translation>
    </message>
    <message>
        <source>关联的投诉单属于其他客户</source>
        <translation>The linked complaint belongs to another client</translation>
    </message>
    <message>
        <source>内容过长：最多 {max} 个字符（当前 {length} 个）</source>
        <translation>Too long: at most {max} characters ({length} now)</translation>
    </message>
    <message>
        <source>列对应关系与文件的列数不一致，请重新选择文件</source>
        <translation>The column mapping does not match the file&apos;s columns; choose the file again</translation>
    </message>
    <message>
        <source>单价不能为负数</source>
        <translation>The unit price cannot be negative</translation>
    </message>
    <message>
        <source>单选题须有 {min} 到 {max} 个选项</source>
        <translation>A single-choice question needs {min} to {max} options</translation>
    </message>
    <message>
        <source>只有已批准的计划才能执行此操作</source>
        <translation>Only an approved plan allows this</translation>
    </message>
    <message>
        <source>只能修订该计划的最新版本</source>
        <translation>Only the latest version of the plan can be revised</translation>
    </message>
    <message>
        <source>只能关联角色为司机的用户</source>
        <translation>Only a user with the driver role can be linked</translation>
    </message>
    <message>
        <source>只能导入 .csv 或 .xlsx 文件</source>
        <translation>Only .csv or .xlsx files can be imported</translation>
    </message>
    <message>
        <source>只能登记或修改自己的行车和加油记录</source>
        <translation>You can only log or edit your own trips and fuel entries</translation>
    </message>
    <message>
        <source>司机 {name} 在 {times} 已安排车次 {run}</source>
        <translation>Driver {name} is already on run {run} at {times}</translation>
    </message>
    <message>
        <source>司机 {name} 已停用</source>
        <translation>Driver {name} is inactive</translation>
    </message>
    <message>
        <source>司机驾驶证将于 {date} 到期（还有 {days} 天）</source>
        <translation>The driver&apos;s licence expires on {date} ({days} days left)</translation>
    </message>
    <message>
        <source>司机驾驶证已于 {date} 到期</source>
        <translation>The driver&apos;s licence expired on {date}</translation>
    </message>
    <message>
        <source>同一字段只能对应文件中的一列</source>
        <translation>A field can be mapped to only one column of the file</translation>
    </message>
    <message>
        <source>同一项目不能重复出现</source>
        <translation>The same item cannot appear twice</translation>
    </message>
    <message>
        <source>回单扫描件不能超过 {max_mb} MB</source>
        <translation>The receipt copy scan cannot be larger than {max_mb} MB</translation>
    </message>
    <message>
        <source>回单扫描件须为 PDF、PNG、JPEG 或 TIFF 文件</source>
        <translation>The receipt copy scan must be a PDF, PNG, JPEG or TIFF file</translation>
    </message>
    <message>
        <source>回场时间不能早于出车时间</source>
        <translation>The return time cannot be before the departure time</translation>
    </message>
    <message>
        <source>回场里程不能小于出车里程 {start} 公里</source>
        <translation>The odometer in cannot be less than the odometer out, {start} km</translation>
    </message>
    <message>
        <source>回访时间不能早于处理完毕的时间</source>
        <translation>The follow-up cannot be before the resolution</translation>
    </message>
    <message>
        <source>备份文件已损坏（完整性检查未通过）：{detail}</source>
        <translation>The backup file is damaged (integrity check failed): {detail}</translation>
    </message>
    <message>
        <source>实收数量与送货数量不一致，请填写原因</source>
        <translation>The received quantity differs from the shipped quantity; give a reason</translation>
    </message>
    <message>
        <source>实收数量须在 0 到 {max} 之间</source>
        <translation>The received quantity must be between 0 and {max}</translation>
    </message>
    <message>
        <source>密码至少需要 {min} 个字符</source>
        <translation>The password needs at least {min} characters</translation>
    </message>
    <message>
        <source>尚未回访：只有部门经理可以不经回访直接归档，并须填写原因</source>
        <translation>No follow-up yet: only the manager can close without a follow-up, and must give a reason</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>当前状态下不能执行此操作</source>
        <translation>Not possible in the current status</translation>
    </message>
    <message>
        <source>当前状态为「{status}」，不能{action}</source>
        <translation>{action}: not possible while the status is &quot;{status}&quot;</translation>
    </message>
    <message>
        <source>必填项，不能为空</source>
        <translation>Required; cannot be empty</translation>
    </message>
    <message>
        <source>您的角色无权执行此操作</source>
        <translation>Your role is not allowed to do this</translation>
    </message>
    <message>
        <source>您的账户未关联司机档案，无法登记行车或加油记录</source>
        <translation>Your account is not linked to a driver profile, so you cannot log trips or fuel</translation>
    </message>
    <message>
        <source>找不到该记录：{what} {key}</source>
        <translation>Record not found: {what} {key}</translation>
    </message>
    <message>
        <source>换货补发需要送货地址：请先在客户档案中填写该客户的地址</source>
        <translation>A replacement needs a delivery address: enter the client&apos;s address in the client file first</translation>
    </message>
    <message>
        <source>排车检查未通过：{reasons}</source>
        <translation>Scheduling check failed: {reasons}</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>The operation failed</translation>
    </message>
    <message>
        <source>收货明细须与退换货单的每一行一一对应</source>
        <translation>The receipt lines must match the lines of the return / exchange one to one</translation>
    </message>
    <message>
        <source>数值不能为负数</source>
        <translation>The value cannot be negative</translation>
    </message>
    <message>
        <source>数值须在 {min} 到 {max} 之间</source>
        <translation>The value must be between {min} and {max}</translation>
    </message>
    <message>
        <source>数值须大于 0</source>
        <translation>The value must be greater than 0</translation>
    </message>
    <message>
        <source>数据库连接已断开，内容已保留，请重试</source>
        <translation>The database connection was lost; your input is kept. Please try again</translation>
    </message>
    <message>
        <source>数量须大于 0</source>
        <translation>The quantity must be greater than 0</translation>
    </message>
    <message>
        <source>文件中没有数据</source>
        <translation>The file contains no data</translation>
    </message>
    <message>
        <source>文件无法读取：{detail}</source>
        <translation>The file cannot be read: {detail}</translation>
    </message>
    <message>
        <source>文件超过 {max_mb} MB，请分成几个文件导入</source>
        <translation>The file is larger than {max_mb} MB; split it into several files</translation>
    </message>
    <message>
        <source>文件首行应为：{expected}</source>
        <translation>The first line of the file should be: {expected}</translation>
    </message>
    <message>
        <source>无法识别文件的编码：请在 Excel 中另存为“CSV UTF-8”或 XLSX 文件</source>
        <translation>Cannot recognise the file&apos;s encoding: in Excel, save it as &quot;CSV UTF-8&quot; or as an XLSX file</translation>
    </message>
    <message>
        <source>日期不能早于今天</source>
        <translation>The date cannot be before today</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>日期格式不正确：请使用 2026-03-01 的格式</source>
        <translation>Invalid date: use the format 2026-03-01</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD</source>
        <translation>Dates must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>时间不能晚于现在</source>
        <translation>The time cannot be in the future</translation>
    </message>
    <message>
        <source>明细最多 {max} 行</source>
        <translation>At most {max} lines</translation>
    </message>
    <message>
        <source>最多保留 {places} 位小数</source>
        <translation>At most {places} decimal places</translation>
    </message>
    <message>
        <source>月份格式应为 YYYY-MM，如 2026-03</source>
        <translation>Months must be written YYYY-MM, e.g. 2026-03</translation>
    </message>
    <message>
        <source>有效期不能早于办理日期</source>
        <translation>The expiry date cannot be before the date of issue</translation>
    </message>
    <message>
        <source>服务器数据库请用 {tool} 备份和恢复：{command}</source>
        <translation>Back up and restore a server database with {tool}: {command}</translation>
    </message>
    <message>
        <source>未创建或升级数据库 {database}，数据库未做任何修改。请选择其他数据库连接，或取消以退出。</source>
        <translation>The database {database} was not created or upgraded; nothing in it was changed. Choose another database connection, or cancel to quit.</translation>
    </message>
    <message>
        <source>未登记司机驾驶证有效期</source>
        <translation>The driver&apos;s licence expiry date is not recorded</translation>
    </message>
    <message>
        <source>未登记车辆保险到期日</source>
        <translation>The vehicle&apos;s insurance expiry date is not recorded</translation>
    </message>
    <message>
        <source>未登记车辆年检日期</source>
        <translation>The vehicle&apos;s annual inspection date is not recorded</translation>
    </message>
    <message>
        <source>未知的设置项</source>
        <translation>Unknown setting</translation>
    </message>
    <message>
        <source>检查未通过的项目请注明缺陷情况</source>
        <translation>Describe the defects of the items that failed the check</translation>
    </message>
    <message>
        <source>没有这个报表：{name}（可选：{choices}）</source>
        <translation>No such report: {name} (choose from: {choices})</translation>
    </message>
    <message>
        <source>用户名不能为空且不能包含空格</source>
        <translation>The user name cannot be empty or contain spaces</translation>
    </message>
    <message>
        <source>用户名或密码错误</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>电子邮箱格式不正确</source>
        <translation>Invalid email address</translation>
    </message>
    <message>
        <source>电话号码格式不正确：请输入手机号（如 13812345678）或固定电话（如 021-62345678）</source>
        <translation>Invalid phone number: enter a mobile number (e.g. 13812345678) or a landline (e.g. 021-62345678)</translation>
    </message>
    <message>
        <source>登录失败次数过多，账户已锁定至 {until}</source>
        <translation>Too many failed sign-ins; the account is locked until {until}</translation>
    </message>
    <message>
        <source>离开时间不能早于来访时间</source>
        <translation>The check-out cannot be before the check-in</translation>
    </message>
    <message>
        <source>站点列表与车次上的送货任务不一致，请刷新后重试</source>
        <translation>The stop list does not match the delivery orders on the run; refresh and try again</translation>
    </message>
    <message>
        <source>签收时间不能早于送货单开单时间</source>
        <translation>The signing time cannot be before the slip was issued</translation>
    </message>
    <message>
        <source>签收时间不能晚于现在</source>
        <translation>The signing time cannot be in the future</translation>
    </message>
    <message>
        <source>签收明细须与送货任务的每一行一一对应</source>
        <translation>The proof-of-delivery lines must match the lines of the delivery order one to one</translation>
    </message>
    <message>
        <source>系统中已有用户，请登录</source>
        <translation>Users already exist; please sign in</translation>
    </message>
    <message>
        <source>编号只能包含大写字母、数字和 - _ .，最长 32 位</source>
        <translation>Codes may contain only capital letters, digits and - _ . (at most 32 characters)</translation>
    </message>
    <message>
        <source>缺少必需的列：{columns}</source>
        <translation>Required columns missing: {columns}</translation>
    </message>
    <message>
        <source>计划中没有任何数量，不能提交</source>
        <translation>The plan has no quantities and cannot be submitted</translation>
    </message>
    <message>
        <source>该单据已做过满意度调查，请打开原调查修改</source>
        <translation>This document already has a satisfaction survey; open that survey to change it</translation>
    </message>
    <message>
        <source>该备份来自较新版本的 crdesk（数据库版本 {version}，本程序支持到 {latest}），请先升级 crdesk</source>
        <translation>This backup comes from a newer crdesk (database version {version}; this program supports up to {latest}); upgrade crdesk first</translation>
    </message>
    <message>
        <source>该文件不是 crdesk 的数据库备份</source>
        <translation>This file is not a crdesk database backup</translation>
    </message>
    <message>
        <source>该月份已有生产计划，请打开原计划或创建修订版</source>
        <translation>This month already has a production plan; open it or create a revision</translation>
    </message>
    <message>
        <source>该月份没有第 5 周（29 日以后）</source>
        <translation>This month has no week 5 (days after the 28th)</translation>
    </message>
    <message>
        <source>该用户名已存在</source>
        <translation>This user name already exists</translation>
    </message>
    <message>
        <source>该用户已关联其他司机档案</source>
        <translation>This user is already linked to another driver profile</translation>
    </message>
    <message>
        <source>该编号已存在</source>
        <translation>This code already exists</translation>
    </message>
    <message>
        <source>该行不属于此计划</source>
        <translation>This line does not belong to this plan</translation>
    </message>
    <message>
        <source>该行有 {count} 列，多于表头的 {expected} 列</source>
        <translation>This row has {count} columns, more than the {expected} of the header</translation>
    </message>
    <message>
        <source>该计划已提交或已批准，不能修改；如需调整请撤回或创建修订版</source>
        <translation>The plan has been submitted or approved and cannot be changed; withdraw it or create a revision</translation>
    </message>
    <message>
        <source>该记录已被 {changed_by} 于 {changed_at} 修改，您的修改尚未保存</source>
        <translation>{changed_by} changed this record at {changed_at}; your changes have not been saved</translation>
    </message>
    <message>
        <source>该访客已登记离开</source>
        <translation>This visitor has already checked out</translation>
    </message>
    <message>
        <source>该账户已停用</source>
        <translation>This account is inactive</translation>
    </message>
    <message>
        <source>该车牌号已登记</source>
        <translation>This plate is already registered</translation>
    </message>
    <message>
        <source>该重大事件已由 {by} 确认</source>
        <translation>This major incident was already acknowledged by {by}</translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <source>请填写“是”或“否”</source>
        <translation>Enter &quot;是&quot; (yes) or &quot;否&quot; (no)</translation>
    </message>
    <message>
        <source>请至少回答一个问题</source>
        <translation>Answer at least one question</translation>
    </message>
    <message>
        <source>请至少添加一行产品</source>
        <translation>Add at least one product line</translation>
    </message>
    <message>
        <source>请至少选择一联，且每联只能选一次</source>
        <translation>Choose at least one copy, each copy only once</translation>
    </message>
    <message>
        <source>请输入数字</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>请输入整数</source>
        <translation>Enter a whole number</translation>
    </message>
    <message>
        <source>调整数量不能为 0</source>
        <translation>The adjustment cannot be 0</translation>
    </message>
    <message>
        <source>超出未到货数量（尚未到货 {outstanding}）</source>
        <translation>More than is outstanding ({outstanding} not yet received)</translation>
    </message>
    <message>
        <source>超出现有库存（当前库存 {stock}）</source>
        <translation>More than the stock on hand ({stock})</translation>
    </message>
    <message>
        <source>车次上还没有送货任务，不能发车</source>
        <translation>The run has no delivery orders yet and cannot be dispatched</translation>
    </message>
    <message>
        <source>车牌号格式不正确：如 沪A·12345，新能源车如 粤B·D12345</source>
        <translation>Invalid plate: e.g. 沪A·12345; new-energy vehicles e.g. 粤B·D12345</translation>
    </message>
    <message>
        <source>车辆 {plate} 在 {times} 已安排车次 {run}</source>
        <translation>Vehicle {plate} is already on run {run} at {times}</translation>
    </message>
    <message>
        <source>车辆 {plate} 已报废，不能派车</source>
        <translation>Vehicle {plate} is scrapped and cannot be dispatched</translation>
    </message>
    <message>
        <source>车辆 {plate} 正在维修，不能派车</source>
        <translation>Vehicle {plate} is in maintenance and cannot be dispatched</translation>
    </message>
    <message>
        <source>车辆 {plate} 超载：装载 {load} kg，核定载重 {capacity} kg</source>
        <translation>Vehicle {plate} is overloaded: load {load} kg, rated payload {capacity} kg</translation>
    </message>
    <message>
        <source>车辆保险将于 {date} 到期（还有 {days} 天）</source>
        <translation>The vehicle&apos;s insurance expires on {date} ({days} days left)</translation>
    </message>
    <message>
        <source>车辆保险已于 {date} 到期</source>
        <translation>The vehicle&apos;s insurance expired on {date}</translation>
    </message>
    <message>
        <source>车辆已到保养期限（{due_km} 公里或 {due_date}），请尽快保养</source>
        <translation>The vehicle is due for service ({due_km} km or {due_date}); have it serviced soon</translation>
    </message>
    <message>
        <source>车辆已超过保养期限（应在 {due_km} 公里或 {due_date} 前保养，当前 {odometer} 公里），不能派车</source>
        <translation>The vehicle is overdue for service (due at {due_km} km or by {due_date}, now {odometer} km) and cannot be dispatched</translation>
    </message>
    <message>
        <source>车辆年检将于 {date} 到期（还有 {days} 天）</source>
        <translation>The vehicle&apos;s annual inspection is due on {date} ({days} days left)</translation>
    </message>
    <message>
        <source>车辆年检已于 {date} 到期</source>
        <translation>The vehicle&apos;s annual inspection expired on {date}</translation>
    </message>
    <message>
        <source>返回时间须晚于出发时间</source>
        <translation>The return must be after the departure</translation>
    </message>
    <message>
        <source>还有未签收的站点：{numbers}</source>
        <translation>Stops not yet signed for: {numbers}</translation>
    </message>
    <message>
        <source>退换货数量超过 {max_quantity} 或金额超过 {max_amount} 元，须由部门经理审批</source>
        <translation>Returns / exchanges over {max_quantity} items or {max_amount} yuan need the manager&apos;s approval</translation>
    </message>
    <message>
        <source>送货任务 {number} 不在该车次上</source>
        <translation>Delivery order {number} is not on this run</translation>
    </message>
    <message>
        <source>送货任务 {number} 尚未排车，不能开送货单</source>
        <translation>Delivery order {number} is not scheduled yet, so no slip can be issued</translation>
    </message>
    <message>
        <source>送货任务尚未送达，不能做送货后满意度调查</source>
        <translation>The delivery order has not been delivered yet, so there can be no post-delivery satisfaction survey</translation>
    </message>
    <message>
        <source>送货单 {number} 已作废，不能打印</source>
        <translation>Delivery slip {number} is void and cannot be printed</translation>
    </message>
    <message>
        <source>送货单 {number} 已签收，不能再修改</source>
        <translation>Delivery slip {number} has been signed for and can no longer be changed</translation>
    </message>
    <message>
        <source>送货时间段的结束时间须晚于开始时间</source>
        <translation>The delivery window must end after it starts</translation>
    </message>
    <message>
        <source>选项不能重复</source>
        <translation>Options must not repeat</translation>
    </message>
    <message>
        <source>里程表读数不能低于该车上次记录的 {last} 公里</source>
        <translation>The odometer cannot be below the vehicle&apos;s last reading, {last} km</translation>
    </message>
    <message>
        <source>里程表读数不能高于该车之后日期记录的 {next} 公里</source>
        <translation>The odometer cannot be above a later reading of the vehicle, {next} km</translation>
    </message>
    <message>
        <source>问卷须有 {min} 到 {max} 个问题</source>
        <translation>A questionnaire needs {min} to {max} questions</translation>
    </message>
    <message>
        <source>问题代码重复</source>
        <translation>Duplicate question code</translation>
    </message>
    <message>
        <source>问题代码须以小写字母开头，只含小写字母、数字和下划线</source>
        <translation>Question codes must start with a lowercase letter and contain only lowercase letters, digits and underscores</translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>{kind} {number}：{title}（{who}）</source>
        <translation>{kind} {number}: {title} ({who})</translation>
    </message>
    <message>
        <source>{message}。已载入最新版本，请核对后重新操作。</source>
        <translation>{message}. The latest version is loaded; check it and try again.</translation>
    </message>
    <message>
        <source>{month} 已有计划，已打开</source>
        <translation>{month} already has a plan; it is now open</translation>
    </message>
    <message>
        <source>{noun} {number}&#x3000;{month:%Y年%m月}</source>
        <translation>{noun} {number}   {month:%Y-%m}</translation>
    </message>
    <message>
        <source>{noun} {number}（{month:%Y年%m月}）</source>
        <translation>{noun} {number} ({month:%Y-%m})</translation>
    </message>
    <message>
        <source>{step}：{name} {at:%Y-%m-%d}</source>
        <translation>{step}: {name} {at:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>{step}：—</source>
        <translation>{step}: —</translation>
    </message>
    <message>
        <source>{title}&#x3000;依据生产计划 {source}</source>
        <translation>{title}   based on production plan {source}</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>产品名称</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>产品编号</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>净需求</source>
        <translation>Net requirement</translation>
    </message>
    <message>
        <source>制表</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>包装物采购计划</source>
        <translation>Packaging purchase plan</translation>
    </message>
    <message>
        <source>包装量</source>
        <translation>Pack size</translation>
    </message>
    <message>
        <source>包装量 / 起订量</source>
        <translation>Pack size / min. order</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单据号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>合计金额：{amount} 元</source>
        <translation>Total amount: {amount} yuan</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>名称 / 规格</source>
        <translation>Name / specification</translation>
    </message>
    <message>
        <source>在途</source>
        <translation>On order</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>安全库存</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>实际产量</source>
        <translation>Actual output</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>审批意见：{comment}</source>
        <translation>Approval comment: {comment}</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>导入实际产量（列：产品编号, 周, 数量）</source>
        <translation>Import actual output (columns 产品编号, 周, 数量: product code, week, quantity)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存 {count} 个实际产量</source>
        <translation>Saved {count} actual output figures</translation>
    </message>
    <message>
        <source>已入库，库存已更新</source>
        <translation>Received; stock updated</translation>
    </message>
    <message>
        <source>已创建修订版（草稿），原版本保留</source>
        <translation>Revision created (draft); the original version is kept</translation>
    </message>
    <message>
        <source>已到货</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已导入 {count} 个实际产量</source>
        <translation>Imported {count} actual output figures</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已按最新库存和在途重新计算</source>
        <translation>Recalculated with the latest stock and open orders</translation>
    </message>
    <message>
        <source>已提交审批，等待部门经理批准</source>
        <translation>Submitted; awaiting the manager&apos;s approval</translation>
    </message>
    <message>
        <source>已撤回为草稿</source>
        <translation>Withdrawn to draft</translation>
    </message>
    <message>
        <source>已生成采购计划 {number}</source>
        <translation>Purchase plan {number} generated</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>建议采购</source>
        <translation>Suggested purchase</translation>
    </message>
    <message>
        <source>当前计划有尚未保存的修改。确定要放弃吗？</source>
        <translation>The current plan has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <source>待我审批（全系统）：{count} 项</source>
        <translation>Awaiting my approval (all areas): {count}</translation>
    </message>
    <message>
        <source>您提交的{kind} {number} {result}（{who} {when}）</source>
        <translation>Your {kind} {number}: {result} ({who} {when})</translation>
    </message>
    <message>
        <source>意见 / 原因</source>
        <translation>Comment / reason</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>提交人</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>明细</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>没有可添加的产品</source>
        <translation>No products to add</translation>
    </message>
    <message>
        <source>添加产品</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>物料编号</source>
        <translation>Material code</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>生产计划</source>
        <translation>Production plan</translation>
    </message>
    <message>
        <source>第{week}周</source>
        <translation>Week {week}</translation>
    </message>
    <message>
        <source>第{week}周实际</source>
        <translation>Week {week} actual</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>计划合计</source>
        <translation>Plan total</translation>
    </message>
    <message>
        <source>计划合计：{total}</source>
        <translation>Plan total: {total}</translation>
    </message>
    <message>
        <source>请选择左侧的计划</source>
        <translation>Select a plan on the left</translation>
    </message>
    <message>
        <source>调整原因</source>
        <translation>Reason for adjustment</translation>
    </message>
    <message>
        <source>采购数量</source>
        <translation>Order quantity</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>需求量</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>需用日期</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>驳回原因：{reason}</source>
        <translation>Reason for rejection: {reason}</translation>
    </message>
    <message>
        <source>（新计划，尚未保存）</source>
        <translation>(new plan, not saved yet)</translation>
    </message>
    <message>
        <source>，驳回原因：{reason}</source>
        <translation>, reason for rejection: {reason}</translation>
    </message>
    <message>
        <source>；另有 {count} 项审批结果</source>
        <translation>; {count} more decisions</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>本期无数据</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>returns</name>
    <message>
        <source>{client}：合计 {quantity} 件，{amount} 元</source>
        <translation>{client}: total {quantity} items, {amount} yuan</translation>
    </message>
    <message>
        <source>保存后进入待回访。</source>
        <translation>Once saved, it awaits a follow-up.</translation>
    </message>
    <message>
        <source>处理方式 *</source>
        <translation>Disposition *</translation>
    </message>
    <message>
        <source>处理说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>完成处理 {number}</source>
        <translation>Complete {number}</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Approval comment</translation>
    </message>
    <message>
        <source>归档 {number}</source>
        <translation>Close {number}</translation>
    </message>
    <message>
        <source>归档说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>批准 {number}</source>
        <translation>Approve {number}</translation>
    </message>
    <message>
        <source>未回访归档 {number}</source>
        <translation>Close {number} without follow-up</translation>
    </message>
    <message>
        <source>未回访归档原因 *</source>
        <translation>Reason for closing without follow-up *</translation>
    </message>
    <message>
        <source>该退换货单尚未回访。只有部门经理可以不经回访直接归档，须填写原因，并记入审计日志。</source>
        <translation>This return / exchange has had no follow-up. Only the manager can close it without one, giving a reason that is recorded in the audit log.</translation>
    </message>
    <message>
        <source>退换货单 {number}&#x3000;{client}</source>
        <translation>Return / exchange {number}   {client}</translation>
    </message>
    <message>
        <source>驳回 {number}</source>
        <translation>Reject {number}</translation>
    </message>
    <message>
        <source>驳回原因 *</source>
        <translation>Reason for rejection *</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>创建或升级数据库</source>
        <translation>Create or upgrade the database</translation>
    </message>
    <message>
        <source>数据库 {database} 中还没有 crdesk 的数据表。现在创建吗？</source>
        <translation>The database {database} has no crdesk tables yet. Create them now?</translation>
    </message>
    <message>
        <source>数据库 {database} 需要 {count} 项结构升级（数据库版本 {version}，本程序版本 {latest}）。升级前会自动备份数据库文件。现在升级吗？</source>
        <translation>Database {database} needs {count} schema update(s) (database version {version}, this program {latest}). The database file is backed up first. Upgrade now?</translation>
    </message>
    <message>
        <source>数据库 {database} 需要 {count} 项结构升级（数据库版本 {version}，本程序版本 {latest}），所有工作站都需使用新版本 crdesk。请确认管理员已备份服务器数据库。现在升级吗？</source>
        <translation>Database {database} needs {count} schema update(s) (database version {version}, this program {latest}); every workstation must then use the new crdesk. Make sure the administrator has backed up the server database. Upgrade now?</translation>
    </message>
    <message>
        <source>该数据库由较新版本的 crdesk 使用（版本 {version}，本程序最高支持版本 {latest}），请先升级本程序。数据库未做任何修改。</source>
        <translation>This database is used by a newer crdesk (version {version}; this program supports up to version {latest}). Upgrade this program first. Nothing in the database was changed.</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <source>客户档案</source>
        <translation>Client files</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>我的工作</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>拜访回访</source>
        <translation>Visits &amp;&amp; follow-ups</translation>
    </message>
    <message>
        <source>来访登记</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>生产与采购计划</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>车辆管理</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <source>退换货</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>配送</source>
        <translation>Deliveries</translation>
    </message>
</context>
</TS>
