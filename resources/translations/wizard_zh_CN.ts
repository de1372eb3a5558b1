<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="34"/>
        <source>○ Waiting</source>
        <extracomment>Colour kinds (style.colour picks the shade that reads on the current palette).</extracomment>
        <translation>○ 等待中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="35"/>
        <source>● Running…</source>
        <translation>● 正在运行…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="36"/>
        <source>✓ Done</source>
        <translation>✓ 完成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="37"/>
        <source>✗ Failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>– Already done</source>
        <translation type="vanished">– 已完成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="43"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="122"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="123"/>
        <source>Make the changes and start provisioning.</source>
        <translation>进行更改并启动预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="59"/>
        <source>The wizard makes the changes in order. If one fails it stops there, says why, and can retry from that step; running it again never duplicates anything.</source>
        <extracomment>Steps whose failure a new Webex sign-in fixes (the token or the tenant URL was rejected).</extracomment>
        <translation>向导将按顺序进行更改。如果某项更改失败，向导会在该处停止并说明原因，并可从该步骤重试；再次运行也不会产生任何重复项。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="106"/>
        <source>First user</source>
        <translation>第一个用户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="89"/>
        <source>Provisioning job</source>
        <extracomment>The wait for Entra ID to finish creating an added app (None: the flow&apos;s default; tests shorten it). The overall result, first thing on the page (&quot;Setup complete — …&quot;), above the intro.</extracomment>
        <translation>预配作业</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">刷新</translation>
    </message>
    <message>
        <source>Back to the Webex sign-in</source>
        <translation type="vanished">返回 Webex 登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="38"/>
        <source>✓ Already set up</source>
        <translation>✓ 已设置</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="115"/>
        <source>Show &amp;details (the Microsoft Graph calls)</source>
        <translation>显示详细信息（Microsoft Graph 调用）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="91"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="95"/>
        <source>Back to the &amp;Webex sign-in</source>
        <translation>返回 Webex 登录(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="137"/>
        <source>Keep waiting</source>
        <translation>继续等待</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="139"/>
        <source>Retry from this step</source>
        <translation>从此步骤重试</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="147"/>
        <source>Review the changes first: go Back.</source>
        <translation>请先查看更改：单击“上一步”返回。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="156"/>
        <location filename="../../wizard/ui/pages/apply.py" line="218"/>
        <source>Stopping after the current step…</source>
        <translation>将在当前步骤完成后停止…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="165"/>
        <source>Applying the changes…</source>
        <translation>正在应用更改…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="216"/>
        <source>Applying: {step}</source>
        <translation>正在应用：{step}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="245"/>
        <source>Setup stopped: nothing after the failed step was done.</source>
        <translation>设置已停止：失败步骤之后的操作均未执行。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="321"/>
        <source>Microsoft Entra&apos;s message: {message}</source>
        <translation>Microsoft Entra 的消息：{message}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="329"/>
        <source>Setup complete — {user} is in Webex and provisioning is on.</source>
        <translation>设置完成 — {user} 已在 Webex 中，预配已开启。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="332"/>
        <source>Setup complete — provisioning is on.</source>
        <translation>设置完成 — 预配已开启。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="336"/>
        <source>No test user was chosen, so nobody was provisioned on demand.</source>
        <translation>未选择测试用户，因此没有按需预配任何用户。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="339"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="341"/>
        <source>Already up to date in Webex</source>
        <translation>在 Webex 中已是最新</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="366"/>
        <source>Last run: {state}, {time}</source>
        <translation>上次运行：{state}，{time}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="342"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="344"/>
        <source>{user}: {verdict}</source>
        <translation>{user}：{verdict}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="346"/>
        <source>The user now exists in Webex.</source>
        <translation>该用户现已存在于 Webex 中。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="348"/>
        <source>The user is not in Webex yet.</source>
        <translation>该用户尚未出现在 Webex 中。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="357"/>
        <source>Test user</source>
        <translation>测试用户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="361"/>
        <source>Status unknown.</source>
        <translation>状态未知。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="362"/>
        <source>Status: {code}</source>
        <translation>状态：{code}</translation>
    </message>
    <message>
        <source>Last run: {run}</source>
        <translation type="vanished">上次运行：{run}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="371"/>
        <source>Last run: not yet (Entra ID runs the first cycle shortly)</source>
        <translation>上次运行：尚未运行（Entra ID 很快将运行第一个周期）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="376"/>
        <source>In scope: {entitled}, exported to Webex: {exported}, in escrow: {escrowed}</source>
        <translation>范围内：{entitled}，已导出到 Webex：{exported}，托管中：{escrowed}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="385"/>
        <source>In quarantine: {reason}</source>
        <translation>已隔离：{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="398"/>
        <source>Reading the job status…</source>
        <translation>正在读取作业状态…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>The wizard creates the provisioning job, saves the Webex tenant URL and token in Entra ID, sets the notification email and starts the job.</source>
        <translation type="vanished">向导将创建预配作业，在 Entra ID 中保存 Webex 租户 URL 和令牌，设置通知电子邮件，然后启动该作业。</translation>
    </message>
    <message>
        <source>It then provisions the test user on demand and shows the result. Running it again never duplicates anything.</source>
        <translation type="vanished">随后按需预配测试用户并显示结果。再次运行也不会产生任何重复项。</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>This step is not active in this version yet: nothing was set up, checked or changed.</source>
        <extracomment>The page Next leads to (Calibre-style explicit order); None = this is the last page.</extracomment>
        <translation type="vanished">此步骤在此版本中尚未启用：未进行任何设置、检查或更改。</translation>
    </message>
    <message>
        <source>This step is not active in this version yet: Next moves on without signing in, checking or changing anything.</source>
        <translation type="vanished">此步骤在此版本中尚未启用：单击“下一步”将直接继续，不会登录、检查或更改任何内容。</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <location filename="../../wizard/ui/browser.py" line="144"/>
        <source>Sign in</source>
        <extracomment>The full captured URL (query and fragment included). Never log or display it.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="195"/>
        <source>This window closes by itself when the sign-in is complete.</source>
        <translation>登录完成后，此窗口将自动关闭。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="201"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="263"/>
        <source>Certificate not trusted: the page was blocked.</source>
        <translation>证书不受信任：已阻止该页面。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="270"/>
        <source>Demo simulator: its certificate is trusted by its exact fingerprint.</source>
        <translation>演示模拟器：仅按确切指纹信任其证书。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="280"/>
        <source>Secure connection</source>
        <translation>安全连接</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="287"/>
        <source>Not secure: do not enter a password here.</source>
        <translation>不安全：请勿在此处输入密码。</translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="373"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="70"/>
        <source>… Checking</source>
        <extracomment>How many times a throttled test waits and runs again by itself before asking the admin. Colour kinds (style.colour picks the shade that reads on the current palette).</extracomment>
        <translation>… 正在检查</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="75"/>
        <source>✓ Passed</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="76"/>
        <source>✗ Failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="77"/>
        <source>– Not checked</source>
        <translation>– 未检查</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="98"/>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="99"/>
        <source>Check that Entra ID will be able to reach Webex with this token.</source>
        <translation>检查 Entra ID 能否使用此令牌访问 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="90"/>
        <source>The wizard calls the Webex provisioning (SCIM) service at the tenant URL with the captured token, as Entra ID will. The test reads only; it changes nothing.</source>
        <translation>向导将像 Entra ID 一样，使用获取的令牌调用租户 URL 上的 Webex 预配 (SCIM) 服务。此测试只读取，不做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="104"/>
        <source>Webex answers over HTTPS</source>
        <extracomment>The last test&apos;s report and where the credentials it passed were saved (None until then; read by the tests).</extracomment>
        <translation>Webex 通过 HTTPS 响应</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="105"/>
        <source>Webex accepts the token</source>
        <translation>Webex 接受令牌</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="106"/>
        <source>The account has administrator rights</source>
        <translation>帐户具有管理员权限</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="107"/>
        <source>The tenant URL and organization ID are right</source>
        <translation>租户 URL 和组织 ID 正确</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="115"/>
        <source>Run the test &amp;again</source>
        <translation>重新运行测试(&amp;A)</translation>
    </message>
    <message>
        <source>Run the test again</source>
        <translation type="vanished">重新运行测试</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="120"/>
        <source>Entra ID&apos;s own Test Connection runs later, once the provisioning job exists.</source>
        <translation>Entra ID 自身的“测试连接”将在创建预配作业后运行。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="148"/>
        <source>Tenant URL: {url}</source>
        <translation>租户 URL：{url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="162"/>
        <source>Calling Webex at the tenant URL…</source>
        <translation>正在通过租户 URL 调用 Webex…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="184"/>
        <source>Webex asks to wait {seconds} seconds before the next request; the test continues by itself.</source>
        <translation>Webex 要求在下一个请求之前等待 {seconds} 秒；测试将自动继续。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="252"/>
        <location filename="../../wizard/ui/pages/connection_test.py" line="287"/>
        <source>What to do next: {fix}</source>
        <translation>处理方法：{fix}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="256"/>
        <source>TrackingID: {id}</source>
        <translation>TrackingID：{id}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="266"/>
        <source>The token, organization ID and tenant URL were saved in the system keyring.</source>
        <translation>令牌、组织 ID 和租户 URL 已保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="270"/>
        <source>The token, organization ID and tenant URL are kept in memory only, as you chose not to remember secrets.</source>
        <translation>由于你选择了不记住机密，令牌、组织 ID 和租户 URL 仅保存在内存中。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="275"/>
        <source>The token, organization ID and tenant URL are kept in memory; they are saved in the system keyring once the Microsoft sign-in tells the wizard your tenant.</source>
        <translation>令牌、组织 ID 和租户 URL 暂存在内存中；在向导通过 Microsoft 登录得知你的租户后，它们将保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="288"/>
        <source>Setup can continue; the token is kept in memory for this session.</source>
        <translation>可以继续设置；令牌将在此会话期间保存在内存中。</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>The wizard first calls the Webex provisioning (SCIM) service directly with the captured token.</source>
        <translation type="vanished">向导首先使用获取的令牌直接调用 Webex 预配 (SCIM) 服务。</translation>
    </message>
    <message>
        <source>Then it asks Entra ID to validate the same credentials, exactly as the provisioning service will use them.</source>
        <translation type="vanished">然后请求 Entra ID 以预配服务实际使用的方式验证相同的凭据。</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="341"/>
        <source>Demo mode: every sign-in and change goes to a simulator on this computer. Your real Microsoft tenant and Webex organization are not touched.</source>
        <extracomment>Room left for a window&apos;s frame and title bar (and a taskbar on a 1366x768 screen).</extracomment>
        <translation>演示模式：所有登录和更改都发送到此计算机上的模拟器，不会触及你真实的 Microsoft 租户和 Webex 组织。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="352"/>
        <source>Demo mode: every sign-in and change goes to a simulator on this computer. Your real Microsoft tenant and Webex organization are not touched. No system keyring was found, so the demo keeps its sign-ins in memory until it closes.</source>
        <translation>演示模式：所有登录和更改都发送到此计算机上的模拟器，不会触及你真实的 Microsoft 租户和 Webex 组织。未找到系统密钥环，因此演示会将登录信息保存在内存中，直到关闭。</translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../wizard/ui/demo_start.py" line="60"/>
        <source>Starting the demo services…</source>
        <translation>正在启动演示服务…</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="55"/>
        <source>Your environment</source>
        <translation>你的环境</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="56"/>
        <source>Choose the Microsoft cloud and the Webex environment your organization uses.</source>
        <translation>选择你的组织使用的 Microsoft 云和 Webex 环境。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="47"/>
        <source>Global (login.microsoftonline.com)</source>
        <translation>全球 (login.microsoftonline.com)</translation>
    </message>
    <message>
        <source>US Government (GCC High and DoD)</source>
        <translation type="vanished">美国政府 (GCC High 和 DoD)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="31"/>
        <source>Webex for Government: Cisco says admin tokens last no longer than 12 hours. Entra ID keeps using the token the wizard gives it, so provisioning stops when it expires unless the token is renewed (repair mode). Ask Cisco how to keep provisioning running for Webex for Government.</source>
        <extracomment>Cisco, &quot;Create a FedRAMP Integration&quot; (https://developer.webex.com/docs/api/guides/create-a-fedramp-integration).</extracomment>
        <translation>Webex for Government：Cisco 表示管理员令牌的有效期最长为 12 小时。Entra ID 会一直使用向导提供的令牌，因此除非续订令牌（修复模式），否则令牌过期后预配将停止。请向 Cisco 咨询如何在 Webex for Government 中保持预配运行。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="48"/>
        <source>US Government (GCC High)</source>
        <translation>美国政府 (GCC High)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="49"/>
        <source>US Government DoD (dod-graph.microsoft.us)</source>
        <translation>美国政府 DoD (dod-graph.microsoft.us)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="50"/>
        <source>China (operated by 21Vianet)</source>
        <translation>中国（由世纪互联运营）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="53"/>
        <source>Commercial</source>
        <translation>商业版</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="54"/>
        <source>Webex for Government (FedRAMP)</source>
        <translation>Webex for Government (FedRAMP)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="61"/>
        <source>Microsoft Entra cloud</source>
        <translation>Microsoft Entra 云</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="64"/>
        <source>Webex</source>
        <translation>Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="75"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="121"/>
        <location filename="../../wizard/ui/pages/environment.py" line="220"/>
        <source>Application (client) ID</source>
        <translation>应用程序(客户端) ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="125"/>
        <source>Leave empty to use Microsoft&apos;s own &quot;Microsoft Graph Command Line Tools&quot; app, or enter your organization&apos;s app registration.</source>
        <translation>留空将使用 Microsoft 提供的“Microsoft Graph Command Line Tools”应用；也可以输入你的组织所注册应用的 ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="133"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="137"/>
        <source>Leave empty to sign in to any organization, or enter a tenant ID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>留空则可登录任何组织；也可以输入租户 ID 或已验证的域（例如 contoso.onmicrosoft.com）。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="206"/>
        <source>This is not a valid tenant. {reason}</source>
        <translation>这不是有效的租户。{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="211"/>
        <source>This is not a valid application (client) ID. {reason}</source>
        <translation>这不是有效的应用程序(客户端) ID。{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="221"/>
        <source>Webex sign-in host</source>
        <translation>Webex 登录主机</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="222"/>
        <source>Webex API address</source>
        <translation>Webex API 地址</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="223"/>
        <source>Webex tenant URL given to Entra ID</source>
        <translation>提供给 Entra ID 的 Webex 租户 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="224"/>
        <source>Webex SCIM 2 address</source>
        <translation>Webex SCIM 2 地址</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="225"/>
        <source>Webex sign-in client ID</source>
        <translation>Webex 登录客户端 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="226"/>
        <source>Microsoft sign-in host</source>
        <translation>Microsoft 登录主机</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="227"/>
        <source>Microsoft Graph address</source>
        <translation>Microsoft Graph 地址</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="241"/>
        <source>Not confirmed by a public Microsoft or Cisco source for this environment. If a later step fails, ask your Microsoft or Cisco contact for the right value and set it in the configuration file:</source>
        <translation>对于此环境，以下值尚未经 Microsoft 或 Cisco 的公开资料确认。如果后续步骤失败，请向 Microsoft 或 Cisco 联系人询问正确的值，并在配置文件中进行设置：</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="248"/>
        <source>• {name}: {value}</source>
        <translation>• {name}：{value}</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="422"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="141"/>
        <location filename="../../wizard/ui/widgets.py" line="425"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="441"/>
        <source>What to do next: {fix}</source>
        <translation>处理方法：{fix}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="447"/>
        <source>Support ids: {ids}</source>
        <translation>支持 ID：{ids}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="465"/>
        <source>Error type: {code}</source>
        <translation>错误类型：{code}</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../../wizard/ui/app.py" line="124"/>
        <source>Webex Provisioning Wizard</source>
        <extracomment>A smoke run that has not painted its first page by then has failed.</extracomment>
        <translation>Webex 预配向导</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/app.py" line="133"/>
        <source>{why}

What to do next: {fix}</source>
        <translation>{why}

处理方法：{fix}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="128"/>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="129"/>
        <source>A summary of the connection and what to do next.</source>
        <translation>连接摘要及后续操作。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="57"/>
        <source>Keep it healthy</source>
        <translation>保持正常运行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="61"/>
        <source>Assigned users and groups</source>
        <translation>已分配的用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="64"/>
        <source>Admin consoles</source>
        <translation>管理控制台</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="66"/>
        <source>Open in Entra admin center</source>
        <translation>在 Entra 管理中心中打开</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="71"/>
        <source>Open Control Hub</source>
        <translation>打开 Control Hub</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="76"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="102"/>
        <source>exists in Webex</source>
        <translation>已存在于 Webex 中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="102"/>
        <source>not in Webex yet</source>
        <translation>尚未出现在 Webex 中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="108"/>
        <source>All users and groups</source>
        <translation>所有用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="110"/>
        <source>Only assigned users and groups</source>
        <translation>仅已分配的用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="143"/>
        <source>Provisioning from Entra ID to Webex is set up.</source>
        <translation>已设置从 Entra ID 到 Webex 的预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="145"/>
        <source>The setup did not run to the end: nothing below was confirmed.</source>
        <translation>设置未运行完成：以下内容均未经确认。</translation>
    </message>
    <message>
        <source>The Webex token expires on {date}. Renew it before {renew} with Repair: run the wizard again and choose Repair, sign in to Webex, and the new token is saved in Entra ID. Provisioning stops when it expires.</source>
        <translation type="vanished">Webex 令牌将于 {date} 过期。请在 {renew} 之前使用“修复”续订：再次运行向导并选择“修复”，登录 Webex 后，新令牌将保存到 Entra ID。令牌过期后预配将停止。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="153"/>
        <source>None chosen in this run.</source>
        <translation>本次运行中未选择。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="191"/>
        <source>The Webex token expires on {date}. Renew it before {renew}: run the wizard again and choose Renew the Webex token, sign in to Webex, and the new token is saved in Entra ID. Provisioning stops when it expires.</source>
        <translation>Webex 令牌将于 {date} 过期。请在 {renew} 之前续订：再次运行向导并选择“续订 Webex 令牌”，登录 Webex 后，新令牌将保存到 Entra ID。令牌过期后预配将停止。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="199"/>
        <source>The token belongs to the Webex administrator who signed in: resetting that administrator&apos;s access in Control Hub revokes it, and provisioning stops until the token is renewed.</source>
        <translation>该令牌属于登录的 Webex 管理员：在 Control Hub 中重置该管理员的访问权限会吊销该令牌，在续订令牌之前预配将停止。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="213"/>
        <source>Entra admin center: {url}</source>
        <translation>Entra 管理中心：{url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="214"/>
        <source>Control Hub: {url}</source>
        <translation>Control Hub：{url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="219"/>
        <source>Demo mode: these are the real consoles, which the simulator does not change, so the buttons do not open them.</source>
        <translation>演示模式：这些是模拟器不会更改的真实控制台，因此按钮不会打开它们。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="233"/>
        <source>Save the setup report</source>
        <translation>保存设置报告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="236"/>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="237"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="271"/>
        <source>Could not save the report to {path}: {reason}</source>
        <translation>无法将报告保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="277"/>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>This page summarises what was set up and when the Webex token expires, so you can plan its renewal.</source>
        <translation type="vanished">此页面汇总已设置的内容以及 Webex 令牌的过期时间，方便你提前规划续订。</translation>
    </message>
    <message>
        <source>You can save a report to share with your team or with support.</source>
        <translation type="vanished">你可以保存一份报告，与团队或支持人员共享。</translation>
    </message>
</context>
<context>
    <name>FinishUpkeep</name>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="48"/>
        <source>A daily check warns {days} days before the Webex token expires and when provisioning stops. This entry runs it every morning:</source>
        <translation>每日检查会在 Webex 令牌过期前 {days} 天以及预配停止时发出警告。以下条目会在每天早上运行该检查：</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="56"/>
        <source>Scheduled task entry</source>
        <translation>计划任务条目</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="62"/>
        <source>&amp;Schedule the daily check</source>
        <translation>计划每日检查(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="65"/>
        <source>Save a calendar &amp;reminder…</source>
        <translation>保存日历提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="79"/>
        <source>Demo mode: nothing is scheduled, the simulator stops with the demo. This is the entry a real setup creates.</source>
        <translation>演示模式：不会计划任何内容，模拟器会随演示一起停止。这是实际设置会创建的条目。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="106"/>
        <source>Scheduling the daily check…</source>
        <translation>正在计划每日检查…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="114"/>
        <source>Could not schedule the check: {reason}</source>
        <translation>无法计划检查：{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="119"/>
        <source>The daily check is scheduled. Forget saved sign-ins (start page) removes it.</source>
        <translation>已计划每日检查。可使用开始页面上的“忘记已保存的登录”将其删除。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="124"/>
        <source>Save a calendar reminder</source>
        <translation>保存日历提醒</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="127"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="139"/>
        <source>Renew the Webex token for Entra ID provisioning</source>
        <translation>续订用于 Entra ID 预配的 Webex 令牌</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="141"/>
        <source>The Webex token Entra ID uses for provisioning expires on {date}. Run the Webex Provisioning Wizard and choose Renew the Webex token.</source>
        <translation>Entra ID 用于预配的 Webex 令牌将于 {date} 过期。请运行 Webex 预配向导并选择“续订 Webex 令牌”。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="147"/>
        <source>Saving the reminder…</source>
        <translation>正在保存提醒…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="150"/>
        <source>Reminder saved to {path}</source>
        <translation>提醒已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="81"/>
        <source>Cisco Webex enterprise app</source>
        <translation>Cisco Webex 企业应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="82"/>
        <source>Find the Cisco Webex app in your tenant, or add it from the Entra app gallery.</source>
        <translation>在你的租户中查找 Cisco Webex 应用程序，或从 Entra 应用程序库中添加。</translation>
    </message>
    <message>
        <source>Look again</source>
        <extracomment>Replication wait policy; tests shorten the limit.</extracomment>
        <translation type="vanished">重新查找</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="72"/>
        <source>Name of the app in your tenant</source>
        <translation>应用程序在租户中的名称</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="86"/>
        <source>Hide the app from users&apos; My Apps portal (recommended by Cisco)</source>
        <translation>在用户的“我的应用”门户中隐藏此应用程序（Cisco 建议）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="94"/>
        <source>Users do not need a Webex tile in My Apps; provisioning works either way. The wizard adds the HideApp tag to the app, which is believed to be what the Entra admin center&apos;s &quot;Visible to users? No&quot; sets. Microsoft does not document this, so check the app&apos;s Properties page if it matters to you.</source>
        <translation>用户不需要“我的应用”中的 Webex 磁贴；无论是否隐藏，预配都能正常工作。向导会为应用程序添加 HideApp 标记，一般认为这与 Entra 管理中心中将“对用户可见?”设为“否”的效果相同。Microsoft 并未记录这一点，如果你在意，请查看应用程序的“属性”页。</translation>
    </message>
    <message>
        <source>Add Cisco Webex to my tenant</source>
        <translation type="vanished">将 Cisco Webex 添加到我的租户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="50"/>
        <source>&amp;Look again</source>
        <extracomment>The app role assignments of a new app get (its roles are not known before it exists); Microsoft&apos;s tutorial assigns users with &quot;User&quot;: https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial</extracomment>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="110"/>
        <source>Sign in to Microsoft first: go Back to the sign-in page.</source>
        <translation>请先登录 Microsoft：单击“上一步”返回登录页面。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="132"/>
        <source>Looking for the Cisco Webex app…</source>
        <translation>正在查找 Cisco Webex 应用程序…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="146"/>
        <source>The Cisco Webex app cannot be added.</source>
        <translation>无法添加 Cisco Webex 应用程序。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="159"/>
        <source>Your tenant already has the &quot;{name}&quot; app (object ID {id}). The wizard uses it; nothing is added, and its visibility in My Apps is left as it is.</source>
        <translation>你的租户中已有“{name}”应用程序（对象 ID {id}）。向导将使用它；不会添加任何内容，它在“我的应用”中的可见性也保持不变。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="169"/>
        <source>provisioning job: {status}</source>
        <translation>预配作业：{status}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="171"/>
        <source>no provisioning job</source>
        <translation>无预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="174"/>
        <source>single sign-on: {mode}</source>
        <translation>单一登录：{mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="176"/>
        <source>no single sign-on mode set</source>
        <translation>单一登录：未设置</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="179"/>
        <source>created {date}</source>
        <translation>创建于 {date}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="181"/>
        <source>creation date not reported by Microsoft Graph</source>
        <translation>Microsoft Graph 未报告创建日期</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="183"/>
        <source>Object ID {id} · {job} · {sso} · {created}</source>
        <translation>对象 ID {id} · {job} · {sso} · {created}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="196"/>
        <source>Your tenant has {count} &quot;Cisco Webex&quot; apps. Only one should provision users to Webex. Pick the one that already has a provisioning job, or the one your single sign-on uses; the others are left unchanged.</source>
        <translation>你的租户中有 {count} 个“Cisco Webex”应用程序。只应由一个应用程序将用户预配到 Webex。请选择已有预配作业的应用程序，或单一登录所使用的应用程序；其他应用程序保持不变。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="207"/>
        <source>{name} (has the provisioning job)</source>
        <translation>{name}（有预配作业）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="237"/>
        <source>Your tenant has no Cisco Webex app yet. The wizard adds it from the Entra gallery when you click Apply on the Review page: nothing is added before then. Entra ID then needs a little while (usually under a minute) before the app can be configured; Apply waits for it.</source>
        <translation>你的租户中还没有 Cisco Webex 应用程序。当你在查看页面上单击“应用”时，向导会从 Entra 应用程序库添加该应用程序；在此之前不会添加任何内容。之后 Entra ID 需要一点时间（通常不到一分钟）才能配置该应用程序；“应用”会等待此过程完成。</translation>
    </message>
    <message>
        <source>Your tenant has no Cisco Webex app yet. Adding it creates one enterprise app from the Entra gallery; Entra ID then needs a little while (usually under a minute) before it can be configured.</source>
        <translation type="vanished">你的租户中还没有 Cisco Webex 应用程序。添加后将从 Entra 应用程序库创建一个企业应用程序；之后 Entra ID 需要一点时间（通常不到一分钟）才能对其进行配置。</translation>
    </message>
    <message>
        <source>Adding the Cisco Webex app…</source>
        <translation type="vanished">正在添加 Cisco Webex 应用程序…</translation>
    </message>
    <message>
        <source>Hiding the app from My Apps…</source>
        <translation type="vanished">正在从“我的应用”中隐藏应用程序…</translation>
    </message>
    <message>
        <source>Added &quot;{name}&quot; to your tenant (object ID {id}). Entra ID is still finishing it; the wizard waits until the app can be configured and never adds it twice.</source>
        <translation type="vanished">已将“{name}”添加到你的租户（对象 ID {id}）。Entra ID 仍在完成创建；向导将等待应用程序可供配置，且绝不会重复添加。</translation>
    </message>
    <message>
        <source>Waiting for Entra ID to finish creating the app… {seconds} s (usually under a minute; the wizard waits up to {minutes} minutes)</source>
        <translation type="vanished">正在等待 Entra ID 完成创建应用程序… {seconds} 秒（通常不到一分钟；向导最多等待 {minutes} 分钟）</translation>
    </message>
    <message>
        <source>The Cisco Webex app is ready.</source>
        <translation type="vanished">Cisco Webex 应用程序已就绪。</translation>
    </message>
    <message>
        <source>Added &quot;{name}&quot; to your tenant (object ID {id}). Entra ID finished creating it after {seconds} seconds.</source>
        <translation type="vanished">已将“{name}”添加到你的租户（对象 ID {id}）。Entra ID 在 {seconds} 秒后完成了创建。</translation>
    </message>
    <message>
        <source>Found the existing app &quot;{name}&quot; (object ID {id}) just before adding one, so nothing was added.</source>
        <translation type="vanished">在添加之前找到了现有应用程序“{name}”（对象 ID {id}），因此未添加任何内容。</translation>
    </message>
    <message>
        <source>Left visible in users&apos; My Apps portal, as you chose.</source>
        <translation type="vanished">按照你的选择，它在用户的“我的应用”门户中保持可见。</translation>
    </message>
    <message>
        <source>Already hidden from users&apos; My Apps portal.</source>
        <translation type="vanished">它已在用户的“我的应用”门户中隐藏。</translation>
    </message>
    <message>
        <source>Hidden from users&apos; My Apps portal (HideApp tag added).</source>
        <translation type="vanished">已在用户的“我的应用”门户中隐藏（已添加 HideApp 标记）。</translation>
    </message>
    <message>
        <source>Not hidden from My Apps: {reason} The app works anyway; to hide it, set &quot;Visible to users?&quot; to No in its Properties in the Entra admin center.</source>
        <translation type="vanished">未能在“我的应用”中隐藏：{reason} 应用程序仍可正常工作；若要隐藏，请在 Entra 管理中心的应用程序“属性”中将“对用户可见?”设置为“否”。</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>If your tenant already has the Cisco Webex enterprise app, the wizard reuses it.</source>
        <translation type="vanished">如果你的租户中已有 Cisco Webex 企业应用程序，向导将重复使用它。</translation>
    </message>
    <message>
        <source>Otherwise it adds the app from the gallery and waits until Entra ID has finished creating it, which can take a minute.</source>
        <translation type="vanished">否则，向导会从应用程序库添加该应用程序，并等待 Entra ID 完成创建，这可能需要一分钟左右。</translation>
    </message>
</context>
<context>
    <name>GraphStatus</name>
    <message>
        <location filename="../../wizard/ui/words.py" line="24"/>
        <source>Active</source>
        <extracomment>Graph&apos;s value (lower case, without spaces) -&gt; its English word, translated in context &quot;GraphStatus&quot;.</extracomment>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="25"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="26"/>
        <source>Quarantine</source>
        <translation>隔离</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="27"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="28"/>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="29"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="30"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="31"/>
        <source>Finished with errors for some users</source>
        <translation>已完成，但部分用户出错</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="32"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="33"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="34"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="35"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="36"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="66"/>
        <source>every {minutes} minutes</source>
        <translation>每 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>MicrosoftSignInPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="64"/>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="340"/>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="81"/>
        <source>Sign in to Microsoft</source>
        <translation>登录到 Microsoft</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="65"/>
        <source>Sign in with your Entra administrator account.</source>
        <translation>使用你的 Entra 管理员帐户登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="62"/>
        <source>Use an account with the Cloud Application Administrator, Application Administrator or Global Administrator role. Microsoft asks you to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant. The sign-in window keeps no cookies or history on this computer.</source>
        <extracomment>The &quot;cancelled&quot; error this page shows when the sign-in window is closed.</extracomment>
        <translation>请使用具有云应用程序管理员、应用程序管理员或全局管理员角色的帐户。Microsoft 将请求你允许向导管理你租户中的企业应用程序、应用分配和预配。登录窗口不会在此计算机上保留任何 Cookie 或历史记录。</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="vanished">使用其他帐户登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="94"/>
        <source>Other ways to sign in</source>
        <translation>其他登录方式</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="98"/>
        <source>If your organization only allows sign-in from a managed device (Conditional Access), or the window cannot show a verification step, sign in with your system browser or with a code on another device.</source>
        <translation>如果你的组织仅允许从托管设备登录（条件访问），或窗口无法显示验证步骤，请使用系统浏览器登录，或在其他设备上使用代码登录。</translation>
    </message>
    <message>
        <source>Use my system browser</source>
        <translation type="vanished">使用系统浏览器</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation type="vanished">使用代码登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="79"/>
        <source>&amp;Sign in</source>
        <extracomment>The store the sign-in is kept in (or why not), once known. Tenant of the last sign-in; the app chosen or created belongs to it.</extracomment>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="82"/>
        <source>Sign in as &amp;someone else</source>
        <translation>使用其他帐户登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="106"/>
        <source>Use my s&amp;ystem browser</source>
        <translation>使用系统浏览器(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="109"/>
        <source>Sign in with a co&amp;de</source>
        <translation>使用代码登录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="121"/>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="122"/>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="123"/>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="124"/>
        <source>Primary domain</source>
        <translation>主域</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="144"/>
        <source>You are not signed in yet.</source>
        <translation>你尚未登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="159"/>
        <source>You are signed in.</source>
        <translation>你已登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="162"/>
        <source>{name} ({upn})</source>
        <translation>{name} ({upn})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="192"/>
        <source>Your sign-in is kept in the system&apos;s secure credential store, so the next run signs in without asking while Microsoft allows it.</source>
        <translation>你的登录信息保存在系统的安全凭据存储中，因此只要 Microsoft 允许，下次运行时无需询问即可登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="201"/>
        <source>Your sign-in will not be remembered on this computer: {why}</source>
        <translation>此计算机不会记住你的登录信息：{why}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="222"/>
        <source>Looking for a saved Microsoft sign-in…</source>
        <translation>正在查找已保存的 Microsoft 登录…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="253"/>
        <source>Your saved sign-in has expired. Sign in again.</source>
        <translation>保存的登录已过期。请重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="293"/>
        <source>Reading your tenant&apos;s details…</source>
        <translation>正在读取租户详细信息…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="307"/>
        <source>Signing in in the Microsoft window…</source>
        <translation>正在 Microsoft 窗口中登录…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="371"/>
        <source>Finish signing in in your web browser. The wizard waits up to {minutes} minutes; Cancel stops waiting here (close the browser tab too).</source>
        <translation>请在 Web 浏览器中完成登录。向导最多等待 {minutes} 分钟；单击“取消”将停止在此等待（同时请关闭浏览器标签页）。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="386"/>
        <source>Getting a sign-in code…</source>
        <translation>正在获取登录代码…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="395"/>
        <source>On any device, open {url} and enter this code. The wizard continues by itself when you have signed in.</source>
        <translation>在任意设备上打开 {url} 并输入此代码。你登录后，向导将自动继续。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="401"/>
        <source>Waiting for you to sign in with the code…</source>
        <translation>正在等待你使用代码登录…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>A Microsoft sign-in window opens inside this app. It keeps no cookies or history on this computer.</source>
        <translation type="vanished">Microsoft 登录窗口将在此应用内打开。它不会在此计算机上保留任何 Cookie 或历史记录。</translation>
    </message>
    <message>
        <source>You are asked to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant.</source>
        <translation type="vanished">系统将请求你允许向导管理你租户中的企业应用程序、应用分配和预配。</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="76"/>
        <source>OK</source>
        <extracomment>The finding whose &quot;Restore it now&quot; runs the admin consent.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="77"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="78"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="101"/>
        <source>&amp;Restore it now (admin consent)</source>
        <translation>立即还原（管理员同意）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="72"/>
        <source>Pre-flight checks</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="73"/>
        <source>Make sure everything the setup relies on is in place before anything is changed.</source>
        <translation>在进行任何更改之前，确保设置所依赖的一切均已就绪。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="111"/>
        <source>The wizard checks your Entra roles, looks for an existing &quot;Cisco Webex&quot; enterprise app and its provisioning job, and for the &quot;Cisco Webex Identity Integration&quot; app. Nothing is changed here.</source>
        <translation>向导将检查你的 Entra 角色，查找现有的“Cisco Webex”企业应用程序及其预配作业，以及“Cisco Webex Identity Integration”应用程序。此步骤不会进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="125"/>
        <source>Check again</source>
        <extracomment>The admin-consent window while &quot;Restore it now&quot; runs (tests drive it).</extracomment>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="132"/>
        <source>Sign in to Microsoft first: go Back to the sign-in page.</source>
        <translation>请先登录 Microsoft：单击“上一步”返回登录页面。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="146"/>
        <source>Checking your roles and existing apps…</source>
        <translation>正在检查你的角色和现有应用程序…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="172"/>
        <source>Setup cannot continue until the failed check is fixed.</source>
        <translation>在修复未通过的检查之前，无法继续设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="175"/>
        <source>All set. Next skips adding the app and goes to the Webex sign-in.</source>
        <translation>一切就绪。单击“下一步”将跳过添加应用程序，直接进入 Webex 登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="178"/>
        <source>All set. Click Next to continue.</source>
        <translation>一切就绪。单击“下一步”继续。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="191"/>
        <source>Waiting for a Global Administrator to accept in the Microsoft window…</source>
        <translation>正在等待全局管理员在 Microsoft 窗口中接受…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="207"/>
        <source>Admin consent for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration 的管理员同意</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="219"/>
        <source>Consent given. Waiting for Entra ID to show the app…</source>
        <translation>已授予同意。正在等待 Entra ID 显示该应用程序…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>The wizard checks that your account holds one of the required Entra roles.</source>
        <translation type="vanished">向导将检查你的帐户是否拥有所需的 Entra 角色之一。</translation>
    </message>
    <message>
        <source>It looks for an existing &quot;Cisco Webex&quot; enterprise app and for the &quot;Cisco Webex Identity Integration&quot; app that provisioning depends on.</source>
        <translation type="vanished">查找现有的“Cisco Webex”企业应用程序，以及预配所依赖的“Cisco Webex Identity Integration”应用程序。</translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="49"/>
        <source>OK</source>
        <extracomment>Traffic-light colour kinds (style.colour picks the shade that reads on the current palette). Statuses a Fix button is offered for.</extracomment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="50"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="51"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="52"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="53"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="59"/>
        <source>Re-consent</source>
        <translation>重新同意</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="60"/>
        <source>Renew token</source>
        <translation>续订令牌</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="61"/>
        <source>Restart job</source>
        <translation>重启作业</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="62"/>
        <source>Re-create in setup…</source>
        <translation>在设置中重新创建…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="63"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="64"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="126"/>
        <location filename="../../wizard/ui/repair/report_view.py" line="162"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="123"/>
        <source>Re-check</source>
        <extracomment>Display order of statuses: what needs the admin comes first. The admin chose Re-create: the window hands over to the setup wizard. A new report is on screen (tests and the window&apos;s title wait on it). An error to show under the report once it is on screen (load or sign-in failure).</extracomment>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="126"/>
        <source>Fix all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="129"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="218"/>
        <source>Everything checked is working: {n} of {n} checks OK.</source>
        <translation>检查的所有项目均正常：{n} 项中 {n} 项正常。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="221"/>
        <source>{ok} of {n} checks OK, {failed} failed, {warnings} with warnings, {other} not checked. Fix what is marked, or export the report for support.</source>
        <translation>共 {n} 项检查：{ok} 项正常，{failed} 项失败，{warnings} 项有警告，{other} 项未检查。请修复标记的项目，或导出报告以供支持人员使用。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="215"/>
        <location filename="../../wizard/ui/repair/page.py" line="236"/>
        <source>Reading what setup saved…</source>
        <translation>正在读取设置时保存的信息…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="257"/>
        <source>Running the checks…</source>
        <translation>正在运行检查…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="35"/>
        <source>Signing in to Microsoft with your saved sign-in…</source>
        <translation>正在使用已保存的登录信息登录 Microsoft…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="48"/>
        <source>Sign in to Microsoft in the window that opened…</source>
        <translation>请在打开的窗口中登录 Microsoft…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="70"/>
        <source>Setup opens to re-create what is missing; this report runs again after it.</source>
        <extracomment>Fixes &quot;Fix all&quot; runs by itself, in report order. Re-create hands over to setup and Retry is only a re-check, so neither belongs in an unattended sequence.</extracomment>
        <translation>将打开设置以重新创建缺少的内容；完成后会再次运行此报告。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="80"/>
        <source>Fixing: {title}…</source>
        <translation>正在修复：{title}…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="92"/>
        <source>Fixing everything that can be fixed here…</source>
        <translation>正在修复此处可修复的所有问题…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="115"/>
        <source>Nothing here could be fixed automatically.</source>
        <translation>此处没有可自动修复的问题。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="142"/>
        <source>Signed in to Microsoft.</source>
        <translation>已登录 Microsoft。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="144"/>
        <source>Nothing was changed; the checks ran again.</source>
        <translation>未做任何更改；已重新运行检查。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="161"/>
        <source>Restarting the provisioning job…</source>
        <translation>正在重启预配作业…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="129"/>
        <source>{result} The check still reports: {finding}</source>
        <translation>{result} 检查仍报告：{finding}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="178"/>
        <source>Waiting for a Global Administrator to accept in the Microsoft window…</source>
        <translation>正在等待全局管理员在 Microsoft 窗口中接受…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="206"/>
        <source>Consent given. Waiting for Entra ID to show the Cisco Webex Identity Integration app… ({seconds} s)</source>
        <translation>已授予同意。正在等待 Entra ID 显示 Cisco Webex Identity Integration 应用程序… ({seconds} 秒)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="225"/>
        <source>Admin consent for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration 的管理员同意</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="240"/>
        <source>Sign in to Webex as a Full Administrator in the window that opened…</source>
        <translation>请在打开的窗口中以完全管理员身份登录 Webex…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="248"/>
        <source>Sign in to Webex to renew the token</source>
        <translation>登录 Webex 以续订令牌</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="251"/>
        <source>Testing the new token and giving it to Entra ID…</source>
        <translation>正在测试新令牌并将其提供给 Entra ID…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="281"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="286"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="287"/>
        <source>Text file (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="307"/>
        <source>Report saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="209"/>
        <source>Checked {done} of {total}: {title}</source>
        <translation>已检查 {done}/{total}：{title}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="119"/>
        <source>Webex provisioning repair report</source>
        <translation>Webex 预配修复报告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="120"/>
        <source>Overall: {status}</source>
        <translation>总体状态：{status}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="124"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="125"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Checking: {title}…</source>
        <translation type="vanished">正在检查：{title}…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="vanished">已完成。</translation>
    </message>
</context>
<context>
    <name>RepairWindow</name>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="52"/>
        <source>Repair Webex provisioning</source>
        <extracomment>The setup page Re-create opens: signing in again is quick (silent from the cache) and the pre-flight and gallery pages that follow find what still exists and create what is missing.</extracomment>
        <translation>修复 Webex 预配</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="55"/>
        <source>{title} (Demo)</source>
        <translation>{title}（演示）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="76"/>
        <source>The wizard checks every link from Entra ID to Webex and says what is broken, why, and how to fix it. Nothing changes until you click a Fix.</source>
        <translation>向导将检查从 Entra ID 到 Webex 的每个环节，并说明哪里出了问题、原因以及如何修复。在你单击修复按钮之前，不会进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="92"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>already done</source>
        <translation type="vanished">已完成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="68"/>
        <source>already set up</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="114"/>
        <source>Review the changes</source>
        <translation>查看更改</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="115"/>
        <source>Check the exact list of changes before anything is made.</source>
        <translation>在进行任何更改之前，请核对确切的更改列表。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="91"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="83"/>
        <source>Nothing has been changed in your tenant or organization yet. When you click Apply, the wizard makes these changes in Entra ID, in this order:</source>
        <translation>你的租户或组织中尚未进行任何更改。单击“应用”后，向导将在 Entra ID 中按以下顺序进行这些更改：</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="98"/>
        <source>Also checked (changes nothing)</source>
        <extracomment>Accidental-deletion prevention: what the save does to it (the wizard never turns it off).</extracomment>
        <translation>同时检查的项目（不做更改）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="100"/>
        <source>Show &amp;details (the Microsoft Graph calls)</source>
        <translation>显示详细信息（Microsoft Graph 调用）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="106"/>
        <source>Running the wizard again is safe: it checks the tenant first and skips what is already done.</source>
        <translation>再次运行向导是安全的：它会先检查租户，并跳过已完成的操作。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="143"/>
        <source>Choose who is provisioned first: go Back.</source>
        <translation>请先选择预配对象：单击“上一步”返回。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="153"/>
        <source>Reading your tenant to list the changes…</source>
        <translation>正在读取租户以列出更改…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="182"/>
        <source>{todo} changes to make, {done} already set up.</source>
        <translation>需进行 {todo} 项更改，{done} 项已设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="192"/>
        <source>Accidental-deletion prevention: turned on (at most {value} deletions per run), as Microsoft recommends.</source>
        <translation>防止意外删除：按照 Microsoft 的建议启用（每次运行最多删除 {value} 个）。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="196"/>
        <source>Accidental-deletion prevention: on (at most {value} deletions per run), kept as it is.</source>
        <translation>防止意外删除：已启用（每次运行最多删除 {value} 个），保持不变。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="200"/>
        <source>Accidental-deletion prevention: off, kept as it is. Microsoft recommends turning it on in the app&apos;s provisioning settings.</source>
        <translation>防止意外删除：已关闭，保持不变。Microsoft 建议在应用的预配设置中启用它。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="204"/>
        <source>Accidental-deletion prevention: kept as it is (Entra did not let the wizard read it).</source>
        <translation>防止意外删除：保持不变（Entra 不允许向导读取该设置）。</translation>
    </message>
    <message>
        <source>{todo} changes to make, {done} already done.</source>
        <translation type="vanished">需进行 {todo} 项更改，{done} 项已完成。</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>This page lists every change the wizard is about to make in Entra ID, with the values it will use.</source>
        <translation type="vanished">此页面列出向导即将在 Entra ID 中进行的每项更改及其将使用的值。</translation>
    </message>
    <message>
        <source>Nothing has been changed in your tenant or organization up to this point.</source>
        <translation type="vanished">到目前为止，你的租户或组织中未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="106"/>
        <source>Who is provisioned</source>
        <translation>预配对象</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="107"/>
        <source>Choose the users and groups that get a Webex account.</source>
        <translation>选择将获得 Webex 帐户的用户和组。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="84"/>
        <source>Scope</source>
        <extracomment>Milliseconds after the last keystroke before searching (one request per pause, not per key). Results asked of Graph per search: enough to find someone, small enough to stay fast. Fewer characters than this match half the tenant; not worth a request. Every search text sent to Graph, for tests (debounce: one per pause).</extracomment>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="87"/>
        <source>Sync only assigned users and groups (recommended by Cisco and Microsoft)</source>
        <translation>仅同步已分配的用户和组（Cisco 和 Microsoft 推荐）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="90"/>
        <source>Sync all users and groups in the tenant</source>
        <translation>同步租户中的所有用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="99"/>
        <source>Assign users and groups</source>
        <translation>分配用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="102"/>
        <source>Start with one test user: assign a single person, check that they arrive in Webex, then come back to add groups. The first user you add is provisioned on demand right after Apply.</source>
        <translation>先从一个测试用户开始：分配一个人，确认其已出现在 Webex 中，然后再回来添加组。你添加的第一个用户将在应用后立即按需预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="108"/>
        <source>Search users and groups by name or email</source>
        <translation>按名称或电子邮件搜索用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>User name or email</source>
        <translation>用户名或电子邮件</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="118"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="123"/>
        <source>&amp;Add to the assignment list</source>
        <translation>添加到分配列表(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="133"/>
        <source>&amp;Remove from the list</source>
        <translation>从列表中删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="27"/>
        <source>Entra ID never sends empty values: clearing an attribute in Entra ID does not clear it in Webex. Clear it in Control Hub too.</source>
        <extracomment>Dark text on the highlight in either palette (the dark palette&apos;s light text would not read). Cisco: &quot;Entra ID doesn&apos;t synchronize null values&quot; (https://help.webex.com/en-us/article/6ta3gz).</extracomment>
        <translation>Entra ID 从不发送空值：在 Entra ID 中清除某个属性不会在 Webex 中清除它。请同时在 Control Hub 中清除。</translation>
    </message>
    <message>
        <source>Add to the assignment list</source>
        <translation type="vanished">添加到分配列表</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="126"/>
        <source>To be assigned</source>
        <translation>待分配</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="vanished">从列表中删除</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="147"/>
        <source>App role</source>
        <translation>应用角色</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="154"/>
        <source>&quot;Default Access&quot; is not offered: Entra ID skips users assigned with it, so they would never reach Webex.</source>
        <translation>不提供“Default Access”(默认访问)：Entra ID 会跳过以该角色分配的用户，因此这些用户永远不会到达 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="161"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="162"/>
        <source>Notification email</source>
        <translation>通知电子邮件</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="169"/>
        <source>Enter a valid email address.</source>
        <translation>请输入有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="171"/>
        <source>Email me when a failure occurs</source>
        <translation>发生故障时发送电子邮件通知</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="177"/>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="65"/>
        <source>Attribute mappings</source>
        <translation>属性映射</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="180"/>
        <source>Shown for review, not changed: the wizard keeps the mappings of the Cisco Webex app. Change them in the Entra admin center if you need to.</source>
        <translation>仅供查看，不会更改：向导保留 Cisco Webex 应用程序的映射。如有需要，请在 Entra 管理中心中更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="60"/>
        <source>Entra ID attribute</source>
        <translation>Entra ID 属性</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="61"/>
        <source>Webex attribute</source>
        <translation>Webex 属性</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="62"/>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="74"/>
        <source>In the job</source>
        <translation>作业中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="221"/>
        <source>Sign in to Microsoft and choose the Cisco Webex app first: go Back.</source>
        <extracomment>The table and its note (tests read them).</extracomment>
        <translation>请先登录 Microsoft 并选择 Cisco Webex 应用程序：单击“上一步”返回。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="267"/>
        <source>Reading the app&apos;s roles, assignments and mappings…</source>
        <translation>正在读取应用程序的角色、分配和映射…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="276"/>
        <source>Choose a role…</source>
        <translation>选择角色…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="298"/>
        <source>Nobody is assigned to the app yet.</source>
        <translation>尚未向该应用程序分配任何人。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="302"/>
        <source>Already assigned ({count}): {names}</source>
        <translation>已分配 ({count})：{names}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="76"/>
        <source>In the template</source>
        <translation>模板中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="96"/>
        <source>The app is added when you click Apply, with the Cisco Webex app&apos;s own mappings; the wizard keeps them.</source>
        <translation>单击“应用”时将添加该应用程序，并带有 Cisco Webex 应用程序自己的映射；向导会保留这些映射。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="106"/>
        <source>The provisioning job does not exist yet: the third column shows the mappings the Cisco Webex template gives it. {count} differ from the recommended table (highlighted). * = matching attribute.</source>
        <translation>预配作业尚不存在：第三列显示 Cisco Webex 模板为其提供的映射。其中 {count} 项与推荐表不同（已突出显示）。* = 匹配属性。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="113"/>
        <source>{count} mappings differ from the recommended table (highlighted). * = matching attribute.</source>
        <translation>{count} 个映射与推荐表不同（已突出显示）。* = 匹配属性。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="118"/>
        <source>The job uses the recommended mappings. * = matching attribute.</source>
        <translation>该作业使用推荐的映射。* = 匹配属性。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="125"/>
        <source>✓ same</source>
        <translation>✓ 相同</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="127"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="128"/>
        <source>different: {source}</source>
        <translation>不同：{source}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="328"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="358"/>
        <source>{count} found. Select one and click Add, or double-click it.</source>
        <translation>找到 {count} 个结果。请选择一项并单击“添加到分配列表”，或双击该项。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="364"/>
        <source>No users or groups match.</source>
        <translation>没有匹配的用户或组。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="367"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="367"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="396"/>
        <source>Test user (provisioned on demand after Apply): {name}</source>
        <translation>测试用户（应用后按需预配）：{name}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="423"/>
        <source>To continue, choose an app role.</source>
        <translation>若要继续，请选择应用角色。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="425"/>
        <source>To continue, add at least one user or group to the assignment list.</source>
        <translation>若要继续，请将至少一个用户或组添加到分配列表。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="427"/>
        <source>To continue, enter a valid notification email.</source>
        <translation>若要继续，请输入有效的通知电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="462"/>
        <source>{name} ({detail}), {kind}, role {role}</source>
        <translation>{name} ({detail})，{kind}，角色 {role}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="474"/>
        <source>{name}, already assigned</source>
        <translation>{name}，已分配</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>Only users and groups assigned to the app are provisioned.</source>
        <translation type="vanished">仅预配分配给该应用程序的用户和组。</translation>
    </message>
    <message>
        <source>You pick a test user and any groups to assign; each assignment uses a real app role, never &quot;Default Access&quot;.</source>
        <translation type="vanished">你将选择一个测试用户以及要分配的组；每项分配都使用实际的应用角色，绝不使用“Default Access”(默认访问)。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="78"/>
        <source>Webex Provisioning Wizard</source>
        <extracomment>The pages&apos; 940 px plus the step list. How long after the first paint the window starts preparing the later pages (a --smoke run, which ends at the first paint, has exited by then). The start page&apos;s &quot;Check &amp; repair&quot; (False) / &quot;Renew the Webex token&quot; (True); the window that owns this one (run_gui&apos;s open_window) opens repair on it.</extracomment>
        <translation>Webex 预配向导</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="80"/>
        <source>{title} (Demo)</source>
        <translation>{title}（演示）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="253"/>
        <source>Stop the setup?</source>
        <extracomment>The repair window opened from the start page (None until then); its operations are cancelled with this window&apos;s.</extracomment>
        <translation>要停止设置吗？</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="255"/>
        <source>You have already signed in or made changes. Changes already made stay in place; you can run the wizard again later to finish or repair the setup.</source>
        <translation>你已登录或已进行了更改。已进行的更改会保留；你可以稍后再次运行向导来完成或修复设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="258"/>
        <source>Stop setup</source>
        <translation>停止设置</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="259"/>
        <source>Continue setup</source>
        <translation>继续设置</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="41"/>
        <source>all checks passed</source>
        <extracomment>The last check&apos;s overall status in words (translated where shown).</extracomment>
        <translation>所有检查均已通过</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="42"/>
        <source>passed with warnings</source>
        <translation>已通过，但有警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="43"/>
        <source>something needs fixing</source>
        <translation>有需要修复的问题</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="44"/>
        <source>not confirmed (a service did not answer)</source>
        <translation>未确认（某个服务未响应）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="134"/>
        <source>Welcome back</source>
        <translation>欢迎回来</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="135"/>
        <source>This computer has a saved connection. Choose what to do.</source>
        <translation>此计算机上有已保存的连接。请选择要执行的操作。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="63"/>
        <source>&amp;Check &amp;&amp; repair</source>
        <extracomment>&quot;Check &amp; repair&quot; (False) or &quot;Renew the Webex token&quot; (True): the wizard opens repair. Where Next goes: Welcome, or the Microsoft sign-in to continue a setup.</extracomment>
        <translation>检查和修复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="64"/>
        <source>Run every check from Entra ID to Webex and fix what is broken.</source>
        <translation>运行从 Entra ID 到 Webex 的所有检查，并修复出现问题的部分。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="69"/>
        <source>C&amp;ontinue the unfinished setup</source>
        <translation>继续未完成的设置(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="70"/>
        <source>Sign in again and finish the setup where it stopped; nothing is made twice.</source>
        <translation>重新登录，从中断处完成设置；不会重复创建任何内容。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="75"/>
        <source>&amp;Renew the Webex token</source>
        <translation>续订 Webex 令牌(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="76"/>
        <source>Sign in to Webex and give Entra ID a new token before the old one expires.</source>
        <translation>登录 Webex，并在旧令牌过期之前向 Entra ID 提供新令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="81"/>
        <source>&amp;Set up a new connection</source>
        <translation>设置新连接(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="82"/>
        <source>Connect a Microsoft tenant to a Webex organization, step by step.</source>
        <translation>逐步将 Microsoft 租户连接到 Webex 组织。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="87"/>
        <source>&amp;Forget saved sign-ins</source>
        <translation>忘记已保存的登录(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="89"/>
        <source>Remove the saved Webex tokens, Microsoft sign-ins, progress and the daily check from this computer. Your tenant and organization are not changed.</source>
        <translation>从此计算机中删除已保存的 Webex 令牌、Microsoft 登录、进度和每日检查。你的租户和组织不会被更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="127"/>
        <source>Looking for saved connections…</source>
        <translation>正在查找已保存的连接…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="150"/>
        <source>Saved sign-ins could not be read: {what}</source>
        <translation>无法读取已保存的登录：{what}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="165"/>
        <source>Saved connection: Entra tenant {tenant}, Webex organization {org}.</source>
        <translation>已保存的连接：Entra 租户 {tenant}，Webex 组织 {org}。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="172"/>
        <source>Last check: {when}, {status}.</source>
        <translation>上次检查：{when}，{status}。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="178"/>
        <source>No check has run on this computer yet.</source>
        <translation>此计算机上尚未运行过检查。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="180"/>
        <source>A setup stopped before it finished.</source>
        <translation>有一个设置在完成前停止了。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="201"/>
        <source>Forget the saved sign-ins?</source>
        <translation>要忘记已保存的登录吗？</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="203"/>
        <source>This removes the saved Webex tokens, Microsoft sign-ins, progress and the daily check from this computer. Your Entra tenant and Webex organization are not changed; repair will ask you to sign in again.</source>
        <translation>这将从此计算机中删除已保存的 Webex 令牌、Microsoft 登录、进度和每日检查。你的 Entra 租户和 Webex 组织不会被更改；修复时会要求你重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="207"/>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="208"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="217"/>
        <source>Removing the saved sign-ins…</source>
        <translation>正在删除已保存的登录…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="44"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="54"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="63"/>
        <source>Microsoft sign-in</source>
        <translation>Microsoft 登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="71"/>
        <source>Pre-flight checks</source>
        <translation>预检</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="80"/>
        <source>Cisco Webex app</source>
        <translation>Cisco Webex 应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="89"/>
        <source>Webex sign-in</source>
        <translation>Webex 登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="97"/>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="105"/>
        <source>Who is provisioned</source>
        <translation>预配对象</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="113"/>
        <source>Review</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="121"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="127"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="28"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="49"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="50"/>
        <source>current step</source>
        <translation>当前步骤</translation>
    </message>
</context>
<context>
    <name>WebexBrowserFallback</name>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="77"/>
        <source>Use my &amp;web browser instead</source>
        <translation>改用 Web 浏览器(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="86"/>
        <source>Address your browser ended on</source>
        <translation>浏览器最后显示的地址</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="89"/>
        <source>&amp;Use this address</source>
        <translation>使用此地址(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="114"/>
        <source>Last resort: the wizard cannot see your browser. Sign in there; when it shows an address starting with {prefix}, copy the whole address from its address bar and paste it here. It holds your token: paste it nowhere else.</source>
        <translation>最后的办法：向导无法看到你的浏览器。请在浏览器中登录；当它显示以 {prefix} 开头的地址时，从地址栏复制完整地址并粘贴到此处。该地址包含你的令牌：不要粘贴到其他任何地方。</translation>
    </message>
</context>
<context>
    <name>WebexSignInPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="90"/>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="236"/>
        <source>Sign in to Webex</source>
        <translation>登录到 Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="91"/>
        <source>Sign in with your Webex Full Administrator account.</source>
        <translation>使用你的 Webex 完全管理员帐户登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="55"/>
        <source>A Webex sign-in window opens inside this app. It keeps no cookies, so an earlier Webex session cannot sign you in as someone else. The wizard then reads your organization ID and checks your role; you copy nothing by hand.</source>
        <translation>Webex 登录窗口将在此应用内打开。它不保留 Cookie，因此之前的 Webex 会话不会让你以其他人的身份登录。随后向导会读取你的组织 ID 并检查你的角色；你无需手动复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="77"/>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="389"/>
        <source>&amp;Sign in to Webex</source>
        <extracomment>What the page has so far (read by the tests; Next hands them to the context): the captured token, who it belongs to, the organization and the validated tenant URL. The Webex sign-in host the token was captured from: a token belongs to one environment. Where the sign-in stands, in one line (like the Microsoft sign-in page&apos;s card).</extracomment>
        <translation>登录到 Webex(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="99"/>
        <source>Signed in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="100"/>
        <source>Organization ID</source>
        <translation>组织 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="101"/>
        <source>Full Administrator</source>
        <translation>完全管理员</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="102"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="103"/>
        <source>Token expires</source>
        <translation>令牌到期时间</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="123"/>
        <source>Enter the organization ID by hand</source>
        <translation>手动输入组织 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="139"/>
        <source>Webex did not tell the wizard your organization. In Control Hub, click the organization name (bottom left) and copy the Organization ID.</source>
        <translation>Webex 未向向导提供你的组织信息。请在 Control Hub 中单击左下角的组织名称，然后复制组织 ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="150"/>
        <source>Tenant URL given to Entra ID</source>
        <translation>提供给 Entra ID 的租户 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="153"/>
        <source>Address from Microsoft&apos;s tutorial (recommended)</source>
        <translation>Microsoft 教程中的地址（推荐）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="164"/>
        <source>Advanced: another tenant URL</source>
        <translation>高级：其他租户 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="382"/>
        <source>You are signed in to Webex.</source>
        <translation>你已登录到 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="384"/>
        <source>You are not signed in to Webex yet.</source>
        <translation>你尚未登录到 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="387"/>
        <source>Sign in as &amp;someone else</source>
        <translation>使用其他帐户登录(&amp;S)</translation>
    </message>
    <message>
        <source>Address from Microsoft&apos;s tutorial (default)</source>
        <translation type="vanished">Microsoft 教程中的地址（默认）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="155"/>
        <source>Webex SCIM 2 address</source>
        <translation>Webex SCIM 2 地址</translation>
    </message>
    <message>
        <source>Which of the two addresses Entra&apos;s Webex connector expects today is not confirmed; the connection test on the next page tries the one chosen here.</source>
        <translation type="vanished">目前尚未确认 Entra 的 Webex 连接器需要这两个地址中的哪一个；下一页的连接测试将尝试此处选择的地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="224"/>
        <source>Waiting for you to sign in in the Webex window…</source>
        <translation>正在等待你在 Webex 窗口中登录…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="263"/>
        <source>Reading your Webex account and organization…</source>
        <translation>正在读取你的 Webex 帐户和组织…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="348"/>
        <source>This tenant URL cannot be used. {reason}</source>
        <translation>无法使用此租户 URL。{reason}</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="vanished">使用其他帐户登录</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="394"/>
        <source>{name} ({email})</source>
        <translation>{name} ({email})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="399"/>
        <source>Not known (Webex did not say who signed in)</source>
        <translation>未知（Webex 未告知登录者）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="400"/>
        <source>Not known yet</source>
        <translation>尚不清楚</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="408"/>
        <source>{date} (in {days} days). It cannot be extended: before then, run Repair (or a scheduled check warns you 14 days ahead).</source>
        <translation>{date}（{days} 天后）。无法延长：请在此之前运行修复（计划的每日检查会提前 14 天提醒你）。</translation>
    </message>
    <message>
        <source>{date} (in {days} days). It cannot be renewed; the wizard reminds you before it runs out.</source>
        <translation type="vanished">{date}（{days} 天后）。无法续订；向导会在到期前提醒你。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="422"/>
        <source>Not checked (the connection test checks access instead)</source>
        <translation>未检查（改由连接测试检查访问权限）</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="426"/>
        <source>✓ Yes</source>
        <translation>✓ 是</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="429"/>
        <source>✗ No: this account cannot create users in Webex</source>
        <translation>✗ 否：此帐户无法在 Webex 中创建用户</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">此步骤执行的操作</translation>
    </message>
    <message>
        <source>A Webex sign-in window opens inside this app; the access token it returns is captured automatically.</source>
        <translation type="vanished">Webex 登录窗口将在此应用内打开；它返回的访问令牌会被自动获取。</translation>
    </message>
    <message>
        <source>The wizard reads your Webex organization ID from your account and confirms that you are a Full Administrator.</source>
        <translation type="vanished">向导将从你的帐户读取 Webex 组织 ID，并确认你是完全管理员。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="45"/>
        <source>Connect Microsoft Entra ID to Webex</source>
        <translation>将 Microsoft Entra ID 连接到 Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="46"/>
        <source>Set up automatic user provisioning from your Microsoft tenant to your Webex organization.</source>
        <translation>设置从你的 Microsoft 租户到 Webex 组织的自动用户预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="13"/>
        <source>What will happen</source>
        <translation>将执行的操作</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="17"/>
        <source>You sign in to Microsoft and to Webex in secure windows inside this app. Nothing has to be copied by hand.</source>
        <translation>你将在此应用内的安全窗口中登录 Microsoft 和 Webex，无需手动复制任何内容。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="21"/>
        <source>The wizard checks your roles and adds the Cisco Webex enterprise app to Entra ID, or reuses the one you already have.</source>
        <translation>向导将检查你的角色，并将 Cisco Webex 企业应用程序添加到 Entra ID，或重复使用你已有的应用程序。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="24"/>
        <source>It tests the connection to Webex and lets you choose who is provisioned.</source>
        <translation>测试与 Webex 的连接，并让你选择要预配的对象。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="26"/>
        <source>It lists every change before making it, then starts provisioning and tries it with one test user.</source>
        <translation>在进行更改之前列出每项更改，然后启动预配，并用一个测试用户进行试验。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="31"/>
        <source>What you need</source>
        <translation>所需条件</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="35"/>
        <source>A Microsoft Entra account with the Application Administrator, Cloud Application Administrator or Global Administrator role.</source>
        <translation>具有应用程序管理员、云应用程序管理员或全局管理员角色的 Microsoft Entra 帐户。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="38"/>
        <source>A Webex account with the Full Administrator role.</source>
        <translation>具有完全管理员角色的 Webex 帐户。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="43"/>
        <source>It takes about 5 minutes. You can go Back at any step; nothing in your tenant or organization changes until you confirm the list of changes.</source>
        <translation>整个过程大约需要 5 分钟。你可以在任何步骤单击“上一步”返回；在你确认更改列表之前，租户或组织中的任何内容都不会更改。</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../wizard/webex/connection.py" line="59"/>
        <source>Read access confirmed. The Full Administrator role could not be checked because the account details (people/me) were not available.</source>
        <extracomment>Longest Retry-After the page waits out by itself before asking the admin (seconds). Extra lines under a passed check (context &quot;connection&quot; for translation).</extracomment>
        <translation>已确认读取访问权限。由于无法获取帐户详细信息 (people/me)，未能检查完全管理员角色。</translation>
    </message>
</context>
<context>
    <name>diagnose</name>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="44"/>
        <source>Saved configuration and secrets</source>
        <extracomment>A check with one of these statuses lets the checks that depend on it run. Check ids in the order they run, with their titles (context &quot;diagnose&quot;).</extracomment>
        <translation>已保存的配置和机密</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="45"/>
        <source>Webex token</source>
        <translation>Webex 令牌</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="46"/>
        <source>Webex SCIM tenant URL</source>
        <translation>Webex SCIM 租户 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="47"/>
        <source>Microsoft sign-in</source>
        <translation>Microsoft 登录</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="48"/>
        <source>Cisco Webex Identity Integration app</source>
        <translation>Cisco Webex Identity Integration 应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="49"/>
        <source>Cisco Webex app and provisioning job</source>
        <translation>Cisco Webex 应用程序和预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="50"/>
        <source>Provisioning job state</source>
        <translation>预配作业状态</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="51"/>
        <source>Entra&apos;s test of the saved credentials</source>
        <translation>Entra 对已保存凭据的测试</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="65"/>
        <source>{service} did not answer normally ({detail}). The problem is on their side; nothing was changed. Retry later.</source>
        <extracomment>check -&gt; the checks it needs to have passed (ok or warning).</extracomment>
        <translation>{service} 未正常响应 ({detail})。问题出在服务端；未做任何更改。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="21"/>
        <source>The saved secrets cannot be read: {what}</source>
        <translation>无法读取已保存的机密：{what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="61"/>
        <source>No Webex token is saved for this organization.</source>
        <extracomment>What a complete setup saved, in the order check 1 asks about it: (the target&apos;s field, the finding when it is empty, the fix that saves it again).</extracomment>
        <translation>没有为此组织保存 Webex 令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="66"/>
        <source>No SCIM tenant URL is saved for this organization.</source>
        <translation>没有为此组织保存 SCIM 租户 URL。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="35"/>
        <source>Secrets are readable, but the saved progress is not: {what} The app is looked up in the tenant instead.</source>
        <translation>机密可读取，但已保存的进度无法读取：{what} 将改为在租户中查找该应用程序。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="47"/>
        <source>Secrets for tenant {tenant} and Webex organization {org} are saved and readable.</source>
        <translation>租户 {tenant} 和 Webex 组织 {org} 的机密已保存且可读取。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="46"/>
        <source>The Webex token expired on {date}. Entra cannot provision users with it.</source>
        <extracomment>Warn this long before the Webex token expires.</extracomment>
        <translation>Webex 令牌已于 {date} 过期。Entra 无法使用它预配用户。</translation>
    </message>
    <message>
        <source>Webex no longer accepts the saved token (revoked or signed out): {what}</source>
        <translation type="vanished">Webex 不再接受已保存的令牌（已撤销或已注销）：{what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="72"/>
        <source>Webex for Government admin tokens last no longer than 12 hours; this one expires on {date}, and Entra ID cannot provision users after that. Renew it then, and ask Cisco how to keep provisioning running for Webex for Government.</source>
        <translation>Webex for Government 管理员令牌的有效期最长为 12 小时；此令牌将于 {date} 过期，之后 Entra ID 将无法预配用户。届时请续订令牌，并向 Cisco 咨询如何在 Webex for Government 中保持预配运行。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="93"/>
        <source>Webex says the saved token has expired: {what}</source>
        <translation>Webex 表示保存的令牌已过期：{what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="103"/>
        <source>Webex no longer accepts the saved token (revoked or signed out): {what} The token belongs to the one administrator who signed in; signing that administrator out or resetting their access in Control Hub revokes it.</source>
        <translation>Webex 不再接受保存的令牌（已吊销或已注销）：{what} 该令牌属于登录的那一位管理员；在 Control Hub 中注销该管理员或重置其访问权限会吊销该令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="125"/>
        <source>The token belongs to Webex organization {got}, not {want}.</source>
        <translation>该令牌属于 Webex 组织 {got}，而不是 {want}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="136"/>
        <source>{account} is no longer a Full Administrator of the Webex organization.</source>
        <translation>{account} 不再是该 Webex 组织的完全管理员。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="157"/>
        <source>The Webex token expires on {date} (in {days} days). Renew it before then.</source>
        <translation>Webex 令牌将于 {date}（{days} 天后）过期。请在此之前续订。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="168"/>
        <source>Accepted by Webex for {account} (Full Administrator); expires on {date}.</source>
        <translation>Webex 已接受 {account}（完全管理员）的令牌；将于 {date} 过期。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="193"/>
        <source>The tenant URL did not accept the token: {what}</source>
        <translation>租户 URL 未接受该令牌：{what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="202"/>
        <source>{url} answers with the saved token.</source>
        <translation>{url} 使用已保存的令牌进行了响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="50"/>
        <source>Signed in to Microsoft as {user}.</source>
        <translation>已以 {user} 身份登录 Microsoft。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="62"/>
        <source>The saved Microsoft sign-in cannot be used: {what}</source>
        <translation>无法使用已保存的 Microsoft 登录：{what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="71"/>
        <source>No usable saved Microsoft sign-in for tenant {tenant}: an administrator must sign in.</source>
        <translation>租户 {tenant} 没有可用的已保存 Microsoft 登录：需要管理员登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="89"/>
        <source>The saved sign-in belongs to tenant {got}, not {want}.</source>
        <translation>已保存的登录属于租户 {got}，而不是 {want}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="97"/>
        <source>Signed in to Microsoft as {user} without asking (saved sign-in).</source>
        <translation>已在不询问的情况下以 {user} 身份登录 Microsoft（已保存的登录）。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="116"/>
        <source>Cisco Webex Identity Integration (appId {app_id}) is missing from your tenant. This is exactly what makes Control Hub show &quot;Azure AD integration error. The request was unauthorized&quot; (401, code 701018). An administrator&apos;s consent restores it.</source>
        <translation>你的租户中缺少 Cisco Webex Identity Integration (appId {app_id})。这正是 Control Hub 显示“Azure AD integration error. The request was unauthorized”(401，代码 701018) 的原因。管理员同意后即可还原。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="130"/>
        <source>Present (service principal {sp_id}).</source>
        <translation>存在（服务主体 {sp_id}）。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="194"/>
        <source>The Cisco Webex enterprise app ({sp_id}) no longer exists in your tenant.</source>
        <translation>你的租户中已不存在 Cisco Webex 企业应用程序 ({sp_id})。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="212"/>
        <source>The Cisco Webex app exists, but its provisioning job ({job_id}) is gone.</source>
        <translation>Cisco Webex 应用程序存在，但其预配作业 ({job_id}) 已不存在。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="227"/>
        <source>App {sp_id} and provisioning job {job_id} are present.</source>
        <translation>应用程序 {sp_id} 和预配作业 {job_id} 存在。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="233"/>
        <source>Your tenant has {count} Cisco Webex apps from the Entra app gallery. The wizard uses {sp_id}, the one in its saved setup; the others ({others}) can provision the same users to Webex a second time. Delete the others in the Entra admin center (Enterprise applications &gt; each app by its object ID &gt; Properties &gt; Delete) once you are sure nothing else uses them.</source>
        <translation>你的租户中有 {count} 个来自 Entra 应用程序库的 Cisco Webex 应用程序。向导使用其已保存设置中的 {sp_id}；其他应用程序（{others}）可能会再次将相同的用户预配到 Webex。确认没有其他地方使用它们后，请在 Entra 管理中心（企业应用程序 &gt; 按对象 ID 选择每个应用程序 &gt; 属性 &gt; 删除）中删除其他应用程序。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="243"/>
        <source>The Cisco Webex app {sp_id} has {count} provisioning jobs. The wizard uses {job_id}, the one in its saved setup; the others ({others}) provision the same users a second time. Delete the others, for example in Graph Explorer signed in as an administrator: DELETE /servicePrincipals/{sp_id}/synchronization/jobs/ followed by each job ID.</source>
        <translation>Cisco Webex 应用程序 {sp_id} 有 {count} 个预配作业。向导使用其已保存设置中的 {job_id}；其他作业（{others}）会再次预配相同的用户。请删除其他作业，例如在以管理员身份登录的 Graph Explorer 中执行 DELETE /servicePrincipals/{sp_id}/synchronization/jobs/，后跟每个作业 ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="57"/>
        <source>The job is in quarantine ({reason}: {detail}).</source>
        <translation>作业处于隔离状态（{reason}：{detail}）。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="86"/>
        <source>The job is paused: nobody is provisioned.</source>
        <translation>作业已暂停：不会预配任何人。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="67"/>
        <source>The job was never started.</source>
        <translation>作业从未启动过。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="68"/>
        <source>The job&apos;s schedule is off (Disabled) although its status is {code}: it has run before, but it will not run again until it is started.</source>
        <translation>作业状态为 {code}，但其计划已关闭 (Disabled)：它以前运行过，但在启动之前不会再次运行。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="104"/>
        <source>The job is {code}, but its last {count} runs failed.</source>
        <translation>作业状态为 {code}，但最近 {count} 次运行均失败。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="113"/>
        <source>The job is {code}; last successful run {last}.</source>
        <translation>作业状态为 {code}；上次成功运行：{last}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="136"/>
        <source>Entra could not connect to Webex with the saved tenant URL and token: {detail}</source>
        <translation>Entra 无法使用已保存的租户 URL 和令牌连接到 Webex：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="149"/>
        <source>Entra connected to Webex with the saved credentials.</source>
        <translation>Entra 已使用已保存的凭据连接到 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="147"/>
        <source>Not checked: &quot;{because}&quot; did not pass.</source>
        <extracomment>The English source of ``finding`` and its parameters, for the GUI&apos;s translation.</extracomment>
        <translation>未检查：“{because}”未通过。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/run.py" line="84"/>
        <source>Not checked: the check was cancelled.</source>
        <translation>未检查：检查已取消。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/run.py" line="91"/>
        <source>The service</source>
        <translation>该服务</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../wizard/entra/errors.py" line="27"/>
        <source>Microsoft sign-in was cancelled at the permissions page.</source>
        <extracomment>Anything this long and token-like in a server message is treated as a possible secret. Sign-in failures by AADSTS number or OAuth error: their code &quot;entra&quot; gets that number or error appended (``entra.AADSTS65004``), see :meth:`SignInError.from_result`.</extracomment>
        <translation>Microsoft 登录在权限页面上被取消。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="28"/>
        <source>The permissions the wizard asked for were declined ({aadsts}), so Microsoft did not complete the sign-in.</source>
        <translation>向导请求的权限被拒绝 ({aadsts})，因此 Microsoft 未完成登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="33"/>
        <source>Sign in again and click Accept on the permissions page. Nothing was changed in your tenant.</source>
        <translation>请重新登录，并在权限页面上单击“接受”。你的租户中未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="41"/>
        <source>Microsoft rejected the sign-in&apos;s reply address.</source>
        <translation>Microsoft 拒绝了登录的回复地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="42"/>
        <source>The app used for sign-in does not list the wizard&apos;s redirect URI ({aadsts}).</source>
        <translation>用于登录的应用未列出向导的重定向 URI ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="46"/>
        <source>If you set your own app registration (entra_client_id), add http://localhost as a &apos;Mobile and desktop applications&apos; redirect URI; otherwise remove entra_client_id and entra_redirect_uri from the configuration.</source>
        <translation>如果你设置了自己的应用注册 (entra_client_id)，请将 http://localhost 添加为“移动和桌面应用程序”重定向 URI；否则，请从配置中删除 entra_client_id 和 entra_redirect_uri。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="55"/>
        <source>An administrator must approve the wizard&apos;s permissions first.</source>
        <translation>必须先由管理员批准向导的权限。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="56"/>
        <source>The signed-in account cannot grant the permissions the wizard needs; they need admin consent ({aadsts}).</source>
        <translation>已登录的帐户无法授予向导所需的权限；这些权限需要管理员同意 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="61"/>
        <source>Sign in with a Global Administrator or Privileged Role Administrator account, or ask one to grant consent, then try again.</source>
        <translation>请使用全局管理员或特权角色管理员帐户登录，或请此类管理员授予同意，然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="69"/>
        <source>Your Microsoft sign-in has expired.</source>
        <translation>你的 Microsoft 登录已过期。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="70"/>
        <source>The saved sign-in is no longer accepted ({aadsts}): it expired, was revoked, or the password changed.</source>
        <translation>保存的登录不再被接受 ({aadsts})：它已过期、已被撤销，或密码已更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="75"/>
        <source>Sign in again. Nothing was changed.</source>
        <translation>请重新登录。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="79"/>
        <source>Microsoft did not accept the permissions the wizard asked for.</source>
        <translation>Microsoft 未接受向导请求的权限。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="80"/>
        <source>The requested Microsoft Graph permissions are not valid for this cloud ({aadsts}).</source>
        <translation>请求的 Microsoft Graph 权限对此云无效 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="84"/>
        <source>Check that graph_base and the Entra cloud in the configuration belong together, then sign in again.</source>
        <translation>请检查配置中的 graph_base 与 Entra 云是否匹配，然后重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="100"/>
        <source>Your organization&apos;s Conditional Access policy blocked this sign-in.</source>
        <extracomment>AADSTS number -&gt; message. Several numbers share one cause from the admin&apos;s point of view.</extracomment>
        <translation>你的组织的条件访问策略阻止了此次登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="103"/>
        <source>Sign-ins from the wizard&apos;s built-in browser do not meet a policy, often one that requires a compliant or registered device ({aadsts}).</source>
        <translation>从向导的内置浏览器登录不符合某项策略，通常是要求使用合规设备或已注册设备的策略 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="108"/>
        <source>Choose &apos;Sign in with the system browser&apos; (or the device code sign-in) and try again. If it still fails, ask your Entra administrator which policy applies.</source>
        <translation>请选择“使用系统浏览器”（或“使用代码登录”），然后重试。如果仍然失败，请询问你的 Entra 管理员适用哪项策略。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="116"/>
        <source>Multi-factor authentication is required.</source>
        <translation>需要多重身份验证。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="117"/>
        <source>Your organization requires a second sign-in step for this account ({aadsts}).</source>
        <translation>你的组织要求此帐户执行第二个登录步骤 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="121"/>
        <source>Sign in again and complete the verification prompt. If the wizard&apos;s browser cannot show it, choose &apos;Sign in with the system browser&apos;.</source>
        <translation>请重新登录并完成验证提示。如果向导的浏览器无法显示该提示，请选择“使用系统浏览器”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="129"/>
        <source>This account must register for multi-factor authentication.</source>
        <translation>此帐户必须注册多重身份验证。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="130"/>
        <source>Your organization requires MFA and this account has not set it up ({aadsts}).</source>
        <translation>你的组织要求使用 MFA，但此帐户尚未设置 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="134"/>
        <source>Set up MFA at https://aka.ms/mfasetup with this account, then sign in again.</source>
        <translation>请使用此帐户在 https://aka.ms/mfasetup 设置 MFA，然后重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="144"/>
        <source>The sign-in app is not available in your tenant.</source>
        <translation>登录应用在你的租户中不可用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="145"/>
        <source>Entra ID could not find the application used for sign-in in this tenant ({aadsts}). Some organizations block the Microsoft Graph Command Line Tools app.</source>
        <translation>Entra ID 在此租户中找不到用于登录的应用程序 ({aadsts})。某些组织会阻止 Microsoft Graph Command Line Tools 应用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="150"/>
        <source>Check entra_client_id and entra_tenant; or register your own public client app and set entra_client_id to its application ID.</source>
        <translation>请检查 entra_client_id 和 entra_tenant；或者注册你自己的公共客户端应用，并将 entra_client_id 设置为其应用程序 ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="158"/>
        <source>This account cannot sign in to this tenant.</source>
        <translation>此帐户无法登录到此租户。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="159"/>
        <source>The account belongs to another directory, or is a personal Microsoft account ({aadsts}).</source>
        <translation>该帐户属于其他目录，或者是个人 Microsoft 帐户 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="163"/>
        <source>Sign in with a work account of the tenant you want to configure, or set entra_tenant to that account&apos;s tenant ID.</source>
        <translation>请使用要配置的租户中的工作帐户登录，或将 entra_tenant 设置为该帐户的租户 ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="171"/>
        <source>This sign-in was already completed.</source>
        <translation>此登录已完成。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="172"/>
        <source>Each sign-in code works only once and this one was already used ({aadsts}), for example by a second click.</source>
        <translation>每个登录代码只能使用一次，而此代码已被使用 ({aadsts})，例如因为再次单击。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="177"/>
        <source>Sign in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="181"/>
        <source>The sign-in could not be completed securely.</source>
        <translation>无法安全地完成登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="182"/>
        <source>The proof key sent at the end did not match the one sent at the start ({aadsts}). This happens when an old sign-in window is reused or the response was altered.</source>
        <translation>最后发送的证明密钥与开始时发送的不匹配 ({aadsts})。重复使用旧的登录窗口或响应被篡改时会发生这种情况。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="187"/>
        <source>Close any other sign-in windows and sign in again.</source>
        <translation>请关闭其他所有登录窗口，然后重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="191"/>
        <source>Entra ID does not know the tenant in the settings.</source>
        <translation>Entra ID 无法识别设置中的租户。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="192"/>
        <source>The tenant ID or domain is not found in this Microsoft cloud ({aadsts}).</source>
        <translation>在此 Microsoft 云中找不到该租户 ID 或域 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="196"/>
        <source>Check entra_tenant (a tenant ID or a verified domain such as contoso.onmicrosoft.com) and the Entra cloud you chose, then try again.</source>
        <translation>请检查 entra_tenant（租户 ID 或已验证的域，例如 contoso.onmicrosoft.com）以及你选择的 Entra 云，然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="219"/>
        <source>The device sign-in was declined.</source>
        <extracomment>OAuth error strings without a more specific AADSTS entry.</extracomment>
        <translation>设备登录被拒绝。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="220"/>
        <source>Someone chose not to approve the sign-in on the code page ({aadsts}).</source>
        <translation>有人在代码页面上选择不批准此次登录 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="223"/>
        <source>Start the device sign-in again and approve it.</source>
        <translation>请重新开始设备登录并批准。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="227"/>
        <source>The device code expired before the sign-in was finished.</source>
        <translation>设备代码在登录完成之前已过期。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="228"/>
        <source>Device codes are valid for about 15 minutes ({aadsts}).</source>
        <translation>设备代码的有效期约为 15 分钟 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="229"/>
        <source>Start the device sign-in again and enter the new code promptly.</source>
        <translation>请重新开始设备登录，并尽快输入新代码。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="235"/>
        <source>Microsoft sign-in is temporarily unavailable.</source>
        <translation>Microsoft 登录暂时不可用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="236"/>
        <source>Entra ID reported a temporary problem ({aadsts}).</source>
        <translation>Entra ID 报告了临时问题 ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="237"/>
        <location filename="../../wizard/entra/errors.py" line="334"/>
        <source>Wait a minute and try again. Nothing was changed.</source>
        <translation>请稍等片刻后重试。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="247"/>
        <source>Microsoft sign-in failed.</source>
        <extracomment>Error strings that say more than the generic AADSTS number that comes with them.</extracomment>
        <translation>Microsoft 登录失败。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="248"/>
        <source>Entra ID answered {error} ({aadsts}): {detail}</source>
        <translation>Entra ID 返回 {error} ({aadsts})：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="249"/>
        <source>Try again. If it keeps failing, send the ids below to your Entra administrator or support.</source>
        <translation>请重试。如果仍然失败，请将下面的 ID 发送给你的 Entra 管理员或支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="299"/>
        <source>The sign-in response does not belong to this sign-in.</source>
        <extracomment>e.g. &quot;AADSTS65004&quot;, or &quot;&quot; when Entra gave no number. The OAuth ``error`` string, e.g. &quot;access_denied&quot;.</extracomment>
        <translation>该登录响应不属于此次登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="300"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent, so it may come from an older sign-in window or have been altered. It was not used.</source>
        <translation>其“state”值与向导发送的值不同，因此它可能来自较早的登录窗口，或已被篡改。该响应未被使用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="305"/>
        <source>Close other sign-in windows and sign in again.</source>
        <translation>请关闭其他登录窗口，然后重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="309"/>
        <source>The sign-in response could not be used.</source>
        <translation>无法使用该登录响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="310"/>
        <source>It was not what the wizard expected: {reason}.</source>
        <translation>它不是向导预期的响应：{reason}。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="311"/>
        <source>Sign in again; if it keeps happening, report it with the log file.</source>
        <translation>请重新登录；如果此问题反复出现，请附上日志文件进行报告。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="317"/>
        <source>The Microsoft sign-in service at {authority} did not answer as expected.</source>
        <translation>位于 {authority} 的 Microsoft 登录服务未按预期响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="320"/>
        <source>Its OpenID configuration could not be read, so the address or tenant is probably wrong.</source>
        <translation>无法读取其 OpenID 配置，因此地址或租户可能有误。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="324"/>
        <source>Check entra_authority_host and entra_tenant in the configuration (and the proxy), then try again.</source>
        <translation>请检查配置中的 entra_authority_host 和 entra_tenant（以及代理），然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="332"/>
        <source>Microsoft sign-in at {host} is temporarily unavailable.</source>
        <translation>位于 {host} 的 Microsoft 登录暂时不可用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="333"/>
        <source>The service answered with a server error.</source>
        <translation>服务返回了服务器错误。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="339"/>
        <source>There is no saved Microsoft sign-in to use.</source>
        <translation>没有可用的已保存 Microsoft 登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="340"/>
        <source>The wizard has not signed in on this computer, or you signed out.</source>
        <translation>向导尚未在此计算机上登录过，或者你已注销。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="343"/>
        <source>Sign in with your administrator account.</source>
        <translation>请使用你的管理员帐户登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="208"/>
        <source>The setting &apos;{key}&apos; is not valid: {value}</source>
        <extracomment>True when retrying later without changing anything may succeed (outages, throttling). e.g. {&quot;request-id&quot;: ..., &quot;client-request-id&quot;: ..., &quot;trackingId&quot;: ...} True when retrying later without changing anything may succeed (outages, throttling).</extracomment>
        <translation>设置“{key}”无效：{value}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="209"/>
        <source>It must be {expected}.{where}</source>
        <translation>它必须是 {expected}。{where}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="210"/>
        <source>Correct &apos;{key}&apos; (or remove it to use the default) and start again.</source>
        <translation>请更正“{key}”（或将其删除以使用默认值），然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="216"/>
        <source>Unknown setting &apos;{key}&apos; in {where}.</source>
        <translation>{where} 中存在未知设置“{key}”。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="217"/>
        <source>The wizard only knows these settings: {known}.</source>
        <translation>向导仅识别以下设置：{known}。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="218"/>
        <source>Check the spelling of &apos;{key}&apos;, or remove it, and start again.</source>
        <translation>请检查“{key}”的拼写或将其删除，然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="224"/>
        <source>The configuration file {path} does not exist.</source>
        <translation>配置文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="225"/>
        <source>It was named by --config or WIZARD_CONFIG.</source>
        <translation>该文件由 --config 或 WIZARD_CONFIG 指定。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="226"/>
        <source>Give the path of an existing TOML file, or leave it out.</source>
        <translation>请提供现有 TOML 文件的路径，或不指定此项。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="230"/>
        <source>The configuration file {path} cannot be read.</source>
        <translation>无法读取配置文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="231"/>
        <source>It is not valid TOML: {detail}</source>
        <translation>它不是有效的 TOML：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="232"/>
        <source>Fix the file (see README, &apos;Configuration&apos;) and start again.</source>
        <translation>请修复该文件（参阅 README 中的“Configuration”），然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="257"/>
        <source>Could not connect to {host}.</source>
        <translation>无法连接到 {host}。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="258"/>
        <source>The connection failed ({detail}). The network, a proxy or a firewall may be blocking it, or the service may be down.</source>
        <translation>连接失败 ({detail})。网络、代理或防火墙可能阻止了连接，或者服务可能已停止。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="263"/>
        <source>Check your network and proxy settings (HTTPS_PROXY), then click Retry. Nothing was changed.</source>
        <translation>请检查网络和代理设置 (HTTPS_PROXY)，然后单击“重试”。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="272"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} 未及时响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="273"/>
        <source>The service may be slow or having an outage.</source>
        <translation>该服务可能速度较慢或出现了故障。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="274"/>
        <source>Wait a minute and click Retry.</source>
        <translation>请稍等片刻，然后单击“重试”。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="279"/>
        <source>The secure connection to {host} could not be verified.</source>
        <translation>无法验证与 {host} 的安全连接。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="280"/>
        <source>Its certificate is not trusted ({detail}). A TLS-inspecting proxy is the usual cause.</source>
        <translation>其证书不受信任 ({detail})。通常是由执行 TLS 检查的代理导致的。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="284"/>
        <source>Ask your network team for the proxy&apos;s CA certificate and set it as ca_bundle in the configuration file (or REQUESTS_CA_BUNDLE).</source>
        <translation>请向网络团队索取代理的 CA 证书，并将其设置为配置文件中的 ca_bundle（或 REQUESTS_CA_BUNDLE）。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="306"/>
        <source>{service} answered {status} ({code}): the problem is on their side or we are being throttled.</source>
        <extracomment>429 and 5xx: throttled, or the problem is on the service&apos;s side.</extracomment>
        <translation>{service} 返回了 {status} ({code})：问题出在服务端，或者请求正在被限制。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="311"/>
        <source>Nothing was changed. Wait a few minutes and click Retry.</source>
        <translation>未做任何更改。请等待几分钟，然后单击“重试”。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="317"/>
        <source>{service} refused the request ({status} {code}): the sign-in has expired or the account lacks a required role.</source>
        <translation>{service} 拒绝了请求 ({status} {code})：登录已过期，或帐户缺少所需角色。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="322"/>
        <source>Sign in again with an administrator account and retry.</source>
        <translation>请使用管理员帐户重新登录，然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="327"/>
        <source>{service} answered {status} ({code}): {message}</source>
        <translation>{service} 返回 {status} ({code})：{message}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="34"/>
        <source>Microsoft Graph reported an error.</source>
        <extracomment>HTTP status of the answer. Graph&apos;s ``error.code`` (e.g. ``Request_ResourceNotFound``), &quot;&quot; when the body had none. Seconds from ``Retry-After`` when the service sent one.</extracomment>
        <translation>Microsoft Graph 报告了错误。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="35"/>
        <source>Microsoft Graph answered {status} ({graph_code}) to {operation}: {detail}</source>
        <translation>Microsoft Graph 对“{operation}”返回了 {status} ({graph_code})：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="328"/>
        <location filename="../../wizard/entra/graph_errors.py" line="38"/>
        <source>Retry; if it happens again, send the ids below to support with the exported report.</source>
        <translation>请重试；如果再次发生，请将下面的 ID 与导出的报告一起发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="71"/>
        <source>Microsoft Graph could not find {operation}.</source>
        <translation>执行“{operation}”时，Microsoft Graph 找不到目标对象。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="72"/>
        <source>It answered {status} ({graph_code}): the object does not exist, was deleted, or is not visible to your account.</source>
        <translation>Microsoft Graph 返回了 {status} ({graph_code})：该对象不存在、已被删除，或你的帐户无法看到它。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="77"/>
        <source>Go Back and run the checks again. If someone deleted the app meanwhile, the wizard will offer to add it again.</source>
        <translation>请单击“上一步”并重新运行检查。如果有人在此期间删除了该应用程序，向导将提示你重新添加。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="88"/>
        <source>Microsoft Graph refused {operation}.</source>
        <translation>Microsoft Graph 拒绝了“{operation}”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="89"/>
        <source>It answered {status} ({graph_code}): your account lacks a role or permission this step needs.</source>
        <translation>Microsoft Graph 返回了 {status} ({graph_code})：你的帐户缺少此步骤所需的角色或权限。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="94"/>
        <source>Sign in with an account that holds the Application Administrator, Cloud Application Administrator or Global Administrator role (activate it first if it is eligible in Privileged Identity Management), then retry.</source>
        <translation>请使用具有应用程序管理员、云应用程序管理员或全局管理员角色的帐户登录，然后重试。如果该角色在 Privileged Identity Management 中是符合条件的分配，请先激活。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="106"/>
        <source>Your Microsoft sign-in is no longer accepted.</source>
        <translation>你的 Microsoft 登录已不再被接受。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="107"/>
        <source>Microsoft Graph answered {status} ({graph_code}) to {operation}: the sign-in expired or was revoked.</source>
        <translation>Microsoft Graph 对“{operation}”返回了 {status} ({graph_code})：登录已过期或已被撤销。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="112"/>
        <source>Go Back to the Microsoft sign-in page and sign in again. Nothing was changed.</source>
        <translation>请单击“上一步”返回 Microsoft 登录页面并重新登录。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="122"/>
        <source>Microsoft Graph is asking the wizard to slow down.</source>
        <translation>Microsoft Graph 要求向导降低请求速度。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="123"/>
        <source>It answered {status} ({graph_code}) to {operation} and asked for a pause longer than the wizard waits on its own.</source>
        <translation>Microsoft Graph 对“{operation}”返回了 {status} ({graph_code})，并要求的暂停时间超过了向导自动等待的时长。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="128"/>
        <source>Wait a minute, then click Retry. Nothing was changed by the refused request.</source>
        <translation>请稍等片刻，然后单击“重试”。被拒绝的请求未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="138"/>
        <source>Microsoft Graph is temporarily unavailable.</source>
        <translation>Microsoft Graph 暂时不可用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="139"/>
        <source>It answered {status} ({graph_code}) to {operation}: the problem is on Microsoft&apos;s side.</source>
        <translation>Microsoft Graph 对“{operation}”返回了 {status} ({graph_code})：问题出在 Microsoft 端。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="144"/>
        <source>Nothing was changed by the failed request. Wait a few minutes and click Retry; Microsoft&apos;s service health page may say more.</source>
        <translation>失败的请求未做任何更改。请等待几分钟，然后单击“重试”；Microsoft 的服务运行状况页面可能提供更多信息。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="158"/>
        <source>Entra ID was still busy with {operation}.</source>
        <translation>Entra ID 仍在处理“{operation}”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="159"/>
        <source>Microsoft Graph answered {status} ({graph_code}): another change to the same object had not finished.</source>
        <translation>Microsoft Graph 返回了 {status} ({graph_code})：对同一对象的另一项更改尚未完成。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="164"/>
        <source>Wait a few seconds and click Retry.</source>
        <translation>请等待几秒钟，然后单击“重试”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="172"/>
        <source>Microsoft Graph rejected {operation}.</source>
        <translation>Microsoft Graph 拒绝了“{operation}”请求。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="173"/>
        <source>It answered {status} ({graph_code}): {detail}</source>
        <translation>Microsoft Graph 返回了 {status} ({graph_code})：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="174"/>
        <source>This is probably a problem in the wizard or in this cloud&apos;s Graph. Send the ids below and the log file to support.</source>
        <translation>这可能是向导或此云中的 Graph 出现了问题。请将下面的 ID 和日志文件发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph.py" line="277"/>
        <source>reading your tenant&apos;s details</source>
        <extracomment>Graph&apos;s own page cap for directory collections; fewer round trips on big tenants. A runaway nextLink chain (a server bug) must end: 200 pages x 999 objects is plenty. Refresh this long before expiry, so a long step does not fail half-way.</extracomment>
        <translation>读取租户详细信息</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="301"/>
        <source>{service} reported an error.</source>
        <translation>{service} 报告了错误。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="356"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="357"/>
        <source>You stopped the operation before it finished.</source>
        <translation>你在操作完成之前将其停止了。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="358"/>
        <source>Start it again when you are ready; nothing is lost.</source>
        <translation>准备就绪后再重新开始；不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="55"/>
        <source>No secure place to keep secrets was found.</source>
        <extracomment>&quot;module.Class&quot; of every backend that stores secrets encrypted by the OS.</extracomment>
        <translation>找不到可安全保存机密的位置。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="56"/>
        <source>The system keyring is not available (backend: {backend}); secrets would be lost or written in plain text.</source>
        <translation>系统密钥环不可用（后端：{backend}）；机密将会丢失或以纯文本形式写入。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="61"/>
        <source>On Linux, install and unlock GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keyring is used automatically. Or choose &quot;Don&apos;t remember secrets&quot;.</source>
        <translation>在 Linux 上，请安装并解锁 GNOME Keyring 或 KWallet (Secret Service)；在 Windows 和 macOS 上会自动使用系统密钥环。也可以选择“不记住机密”。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="70"/>
        <source>The system keyring is locked.</source>
        <translation>系统密钥环已锁定。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="71"/>
        <source>Secrets cannot be read or saved until it is unlocked.</source>
        <translation>在解锁之前无法读取或保存机密。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="72"/>
        <source>Unlock your keyring (log in again or open your keyring manager) and retry.</source>
        <translation>请解锁你的密钥环（重新登录或打开密钥环管理器），然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="77"/>
        <source>The system keyring did not answer.</source>
        <translation>系统密钥环没有响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="78"/>
        <source>The keyring service could not be reached ({detail}); it may have stopped or not be running in this session.</source>
        <translation>无法访问密钥环服务 ({detail})；它可能已停止，或未在此会话中运行。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="83"/>
        <source>Make sure your keyring service is running and unlocked, then retry. Or choose &quot;Don&apos;t remember secrets&quot; and sign in again next time.</source>
        <translation>请确保密钥环服务正在运行且已解锁，然后重试。也可以选择“不记住机密”，下次重新登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="92"/>
        <source>A secret could not be saved in the system keyring.</source>
        <translation>无法将机密保存到系统密钥环。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="93"/>
        <source>The keyring refused the entry ({detail}). The previously saved secret, if any, is unchanged.</source>
        <translation>密钥环拒绝了该条目 ({detail})。之前保存的机密（如果有）保持不变。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="98"/>
        <source>Retry. If it fails again, choose &quot;Don&apos;t remember secrets&quot; and send the log file to support.</source>
        <translation>请重试。如果再次失败，请选择“不记住机密”，并将日志文件发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="106"/>
        <source>A saved secret could not be read back intact.</source>
        <translation>无法完整读回已保存的机密。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="107"/>
        <source>The keyring entry &apos;{key}&apos; is incomplete or was changed ({detail}); a partial secret is never used.</source>
        <translation>密钥环条目“{key}”不完整或已被更改 ({detail})；绝不会使用不完整的机密。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="112"/>
        <source>Sign in again to replace it. Nothing in your tenant or Webex org was changed.</source>
        <translation>请重新登录以替换它。你的租户或 Webex 组织中未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="15"/>
        <source>Something went wrong inside the wizard.</source>
        <translation>向导内部出现问题。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="16"/>
        <source>An unexpected internal error stopped this step. Details were written to {log}.</source>
        <translation>意外的内部错误导致此步骤停止。详细信息已写入 {log}。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="20"/>
        <source>Click Retry or go Back and try again. If it happens again, send the log file to support.</source>
        <translation>请单击“重试”，或单击“上一步”后重试。如果再次发生，请将日志文件发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="30"/>
        <source>The sign-in page at {host} was blocked.</source>
        <translation>已阻止位于 {host} 的登录页面。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="31"/>
        <source>Its security certificate is not trusted ({detail}). Someone may be intercepting the connection, or a TLS-inspecting proxy is in the way.</source>
        <translation>其安全证书不受信任 ({detail})。可能有人正在拦截连接，或者中间存在执行 TLS 检查的代理。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="36"/>
        <source>Do not sign in. Close this window and ask your network team whether a proxy inspects HTTPS traffic to {host}.</source>
        <translation>请勿登录。请关闭此窗口，并询问网络团队是否有代理在检查发往 {host} 的 HTTPS 流量。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="44"/>
        <source>The sign-in page at {host} could not be loaded.</source>
        <translation>无法加载位于 {host} 的登录页面。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="45"/>
        <source>The network, a proxy or a firewall may be blocking it, or the service may be down.</source>
        <translation>网络、代理或防火墙可能阻止了它，或者服务可能已停止。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="49"/>
        <source>Check your network connection, then close this window and try again.</source>
        <translation>请检查网络连接，然后关闭此窗口并重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="50"/>
        <source>The Webex sign-in did not return to the wizard.</source>
        <translation>Webex 登录未返回到向导。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="51"/>
        <source>The address it went to is not the wizard&apos;s registered return address.</source>
        <translation>它转到的地址不是向导注册的返回地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="54"/>
        <source>Close the sign-in window and sign in to Webex again.</source>
        <translation>请关闭登录窗口，然后重新登录 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="21"/>
        <source>The Webex sign-in was cancelled.</source>
        <extracomment>Texts more than one kind of error shares.</extracomment>
        <translation>Webex 登录已取消。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="59"/>
        <source>Webex reports that access was not granted ({description}).</source>
        <translation>Webex 报告未授予访问权限 ({description})。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="60"/>
        <source>Sign in to Webex again and, when asked, allow access with a Full Administrator account.</source>
        <translation>请重新登录 Webex，并在出现提示时使用完全管理员帐户允许访问。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="113"/>
        <source>Webex refused the sign-in request.</source>
        <translation>Webex 拒绝了登录请求。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="114"/>
        <source>Webex answered &apos;{error}&apos;: {description}</source>
        <translation>Webex 返回“{error}”：{description}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="115"/>
        <source>Sign in again. If it keeps failing, check the Webex settings (environment, client ID) and send this message to support.</source>
        <translation>请重新登录。如果仍然失败，请检查 Webex 设置（环境、客户端 ID），并将此消息发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="66"/>
        <source>The Webex sign-in answer does not belong to this sign-in.</source>
        <translation>该 Webex 登录响应不属于此次登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="75"/>
        <source>It carries no &apos;state&apos; value, so it cannot be matched to our request.</source>
        <translation>它不包含“state”值，因此无法与我们的请求匹配。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="83"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent. It may come from an older sign-in window, or from someone else&apos;s link.</source>
        <translation>其“state”值与向导发送的值不同。它可能来自较早的登录窗口，或来自其他人的链接。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="69"/>
        <source>Close other sign-in windows and sign in to Webex again from the wizard.</source>
        <translation>请关闭其他登录窗口，然后从向导重新登录 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="92"/>
        <source>The Webex sign-in answer could not be read.</source>
        <translation>无法读取 Webex 登录响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="93"/>
        <source>It is not a valid token response: {reason}.</source>
        <translation>它不是有效的令牌响应：{reason}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="94"/>
        <source>Sign in to Webex again. If it keeps happening, send this message to support.</source>
        <translation>请重新登录 Webex。如果此问题反复出现，请将此消息发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="101"/>
        <source>There is no Webex token to test yet.</source>
        <translation>还没有可供测试的 Webex 令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="102"/>
        <source>The Webex sign-in step has not been completed.</source>
        <translation>尚未完成 Webex 登录步骤。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="103"/>
        <source>Go Back and sign in to Webex.</source>
        <translation>请单击“上一步”并登录 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="108"/>
        <source>The sign-in window was closed before Webex returned a token.</source>
        <translation>在 Webex 返回令牌之前，登录窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="109"/>
        <source>Click &quot;Sign in to Webex&quot; when you are ready to try again.</source>
        <translation>准备好重试时，请单击“登录到 Webex”。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="151"/>
        <source>&apos;{value}&apos; is not a Webex organization ID.</source>
        <translation>“{value}”不是 Webex 组织 ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="152"/>
        <source>An organization ID is a UUID such as 96abc2aa-3dcc-11e5-a152-fe34819cdc9a, or Webex&apos;s encoded form of one ({reason}).</source>
        <translation>组织 ID 是类似 96abc2aa-3dcc-11e5-a152-fe34819cdc9a 的 UUID，或其经 Webex 编码后的形式 ({reason})。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="157"/>
        <source>Let the wizard read the ID after the Webex sign-in, or copy it from Control Hub (click the organization name, bottom left).</source>
        <translation>请让向导在登录 Webex 后读取该 ID，或从 Control Hub 复制（单击左下角的组织名称）。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="218"/>
        <location filename="../../wizard/webex/errors.py" line="225"/>
        <source>The Webex token has expired.</source>
        <extracomment>Webex&apos;s 401 said the token expired although the saved record does not (yet) say so.</extracomment>
        <translation>Webex 令牌已过期。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="22"/>
        <source>It expired on {date}. Webex tokens from this sign-in last about 45 days and cannot be renewed automatically.</source>
        <translation>它已于 {date} 过期。通过此登录获取的 Webex 令牌有效期约为 45 天，且无法自动续订。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="27"/>
        <source>Sign in to Webex again to get a new token; the wizard updates Entra.</source>
        <translation>请重新登录 Webex 以获取新令牌；向导会更新 Entra。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="231"/>
        <source>Webex no longer accepts the token.</source>
        <translation>Webex 不再接受该令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="232"/>
        <source>It has not reached its expiry date, so it was most likely revoked (for example by a sign-out, a password change or an administrator), or it belongs to another Webex environment.</source>
        <translation>它尚未到期，因此很可能已被撤销（例如因注销、更改密码或管理员操作），或者它属于另一个 Webex 环境。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="242"/>
        <source>Webex did not allow the request.</source>
        <translation>Webex 不允许此请求。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="243"/>
        <source>The signed-in account or its token lacks the permission (scope or admin role) this step needs.</source>
        <translation>已登录的帐户或其令牌缺少此步骤所需的权限（作用域或管理员角色）。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="248"/>
        <source>Sign in to Webex again with a Full Administrator account of the organization.</source>
        <translation>请使用该组织的完全管理员帐户重新登录 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="286"/>
        <source>Webex is not answering normally.</source>
        <translation>Webex 未正常响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="34"/>
        <source>The problem is on Webex&apos;s side ({status}); nothing was changed.</source>
        <translation>问题出在 Webex 端 ({status})；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="38"/>
        <source>Retry later. If it lasts, check status.webex.com.</source>
        <translation>请稍后重试。如果问题持续存在，请查看 status.webex.com。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="255"/>
        <source>Webex is limiting the number of requests.</source>
        <translation>Webex 正在限制请求数。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="30"/>
        <source>Too many requests were sent; Webex asks to wait {retry_after} seconds.</source>
        <translation>发送的请求过多；Webex 要求等待 {retry_after} 秒。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="33"/>
        <source>Nothing was changed. Wait, then click Retry.</source>
        <translation>未做任何更改。请稍候，然后单击“重试”。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="293"/>
        <source>Webex answered with an unexpected error.</source>
        <translation>Webex 返回了意外错误。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="294"/>
        <source>Status {status}: {message}</source>
        <translation>状态 {status}：{message}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="295"/>
        <source>Retry; if it happens again, send the ids below to support.</source>
        <translation>请重试；如果再次发生，请将下面的 ID 发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="262"/>
        <source>Webex&apos;s answer could not be understood.</source>
        <translation>无法理解 Webex 的响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="226"/>
        <source>Webex said so when the wizard used it: {detail}</source>
        <translation>向导使用该令牌时，Webex 如此答复：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="263"/>
        <source>{detail}. A proxy may have replaced the answer.</source>
        <translation>{detail}。代理可能替换了该响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="264"/>
        <source>Check the Webex settings and proxy, retry, then contact support.</source>
        <translation>请检查 Webex 设置和代理，然后重试；如果仍有问题，请联系支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="270"/>
        <source>{account} is not a Full Administrator of this Webex organization.</source>
        <translation>{account} 不是此 Webex 组织的完全管理员。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="273"/>
        <source>A token from an account without the Full Administrator role cannot create users in Webex, so provisioning would fail. Roles of this account: {roles}.</source>
        <translation>没有完全管理员角色的帐户的令牌无法在 Webex 中创建用户，因此预配将会失败。此帐户的角色：{roles}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="278"/>
        <source>Click &quot;Sign in as someone else&quot; and sign in with a Full Administrator account of the organization.</source>
        <translation>请单击“使用其他帐户登录”，然后使用该组织的完全管理员帐户登录。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="330"/>
        <source>The Webex SCIM service at {host} rejected the token.</source>
        <translation>位于 {host} 的 Webex SCIM 服务拒绝了该令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="331"/>
        <source>The token is expired, revoked, or from another Webex environment (for example a Webex for Government token on a commercial address). Webex said: {detail}</source>
        <translation>该令牌已过期、已被撤销，或来自另一个 Webex 环境（例如在商业版地址上使用 Webex for Government 令牌）。Webex 返回：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="336"/>
        <source>Sign in to Webex again, and check the Webex environment setting.</source>
        <translation>请重新登录 Webex，并检查 Webex 环境设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="342"/>
        <source>The Webex SCIM service at {host} refused access.</source>
        <translation>位于 {host} 的 Webex SCIM 服务拒绝了访问。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="343"/>
        <source>The signed-in Webex account is not a Full (or User) Administrator of this organization, or the token lacks the SCIM scope. Webex said: {detail}</source>
        <translation>已登录的 Webex 帐户不是此组织的完全管理员（或用户管理员），或者令牌缺少 SCIM 作用域。Webex 返回：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="348"/>
        <source>Sign in to Webex again with a Full Administrator account of this organization.</source>
        <translation>请使用此组织的完全管理员帐户重新登录 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="355"/>
        <source>The tenant URL {url} was not found.</source>
        <translation>找不到租户 URL {url}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="356"/>
        <source>The address or the organization ID in it is wrong, or Webex has retired this form of the address.</source>
        <translation>地址或其中的组织 ID 有误，或者 Webex 已停用这种形式的地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="361"/>
        <source>Use the tenant URL the wizard proposes (it contains the organization ID read from your sign-in), or try the other Webex SCIM address.</source>
        <translation>请使用向导建议的租户 URL（其中包含从你的登录中读取的组织 ID），或尝试另一个 Webex SCIM 地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="369"/>
        <source>Webex is limiting the number of SCIM requests.</source>
        <translation>Webex 正在限制 SCIM 请求数。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="397"/>
        <source>The Webex SCIM service at {host} is not answering normally.</source>
        <translation>位于 {host} 的 Webex SCIM 服务未正常响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="404"/>
        <source>The Webex SCIM service at {host} answered {status}.</source>
        <translation>位于 {host} 的 Webex SCIM 服务返回了 {status}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="405"/>
        <source>The connection test expected a SCIM list: {detail}</source>
        <translation>连接测试预期收到 SCIM 列表：{detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="406"/>
        <source>Check the tenant URL; if it is right, send the ids below to support.</source>
        <translation>请检查租户 URL；如果正确，请将下面的 ID 发送给支持人员。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="376"/>
        <source>The Webex SCIM service at {host} rejected the token: it has expired.</source>
        <translation>位于 {host} 的 Webex SCIM 服务拒绝了该令牌：令牌已过期。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="384"/>
        <source>The tenant URL belongs to another Webex organization.</source>
        <translation>该租户 URL 属于另一个 Webex 组织。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="385"/>
        <source>It names the organization {url_org}, but you signed in to {org}. Entra would provision users into the wrong organization, or fail.</source>
        <translation>该 URL 指向组织 {url_org}，但你登录的是 {org}。Entra 会将用户预配到错误的组织，或者预配失败。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="390"/>
        <source>Go Back and choose the tenant URL the wizard proposes for your organization.</source>
        <translation>请单击“上一步”，然后选择向导为你的组织建议的租户 URL。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="441"/>
        <source>The tenant URL &apos;{url}&apos; cannot be used.</source>
        <translation>无法使用租户 URL“{url}”。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="442"/>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="443"/>
        <source>Use an https:// address on {hosts} that ends with your organization ID, such as the one the wizard proposes.</source>
        <translation>请使用位于 {hosts} 上、以你的组织 ID 结尾的 https:// 地址，例如向导建议的地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="74"/>
        <source>The saved progress could not be used.</source>
        <extracomment>A temp file older than this belongs to a write that will never finish. Detail keys that can only hold a secret; their values are refused whatever they look like.</extracomment>
        <translation>无法使用已保存的进度。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="75"/>
        <source>The file {path} is damaged ({detail}). It only remembers where the wizard stopped; your Entra tenant and Webex org hold the real configuration and were not changed.</source>
        <translation>文件 {path} 已损坏 ({detail})。该文件仅记录向导停止的位置；真实配置保存在你的 Entra 租户和 Webex 组织中，且未被更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="81"/>
        <source>Start over: the wizard will read the current configuration from your tenant again. The damaged file was kept as {kept_as} for support.</source>
        <translation>请重新开始：向导将从你的租户重新读取当前配置。损坏的文件已另存为 {kept_as}，以供支持人员使用。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="89"/>
        <source>The saved progress could not be read.</source>
        <translation>无法读取已保存的进度。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="90"/>
        <source>Reading {path} failed ({detail}). It only remembers where the wizard stopped; your Entra tenant and Webex org hold the real configuration.</source>
        <translation>读取 {path} 失败 ({detail})。该文件仅记录向导停止的位置；真实配置保存在你的 Entra 租户和 Webex 组织中。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="95"/>
        <source>Start over (the wizard reads the configuration from your tenant again), or fix the file&apos;s permissions and retry.</source>
        <translation>请重新开始（向导将从你的租户重新读取配置），或修复该文件的权限后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="103"/>
        <source>The saved progress was written by a newer version.</source>
        <translation>已保存的进度是由较新版本写入的。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="104"/>
        <source>{path} has format {version}; this version of the wizard knows format {supported}. The file only remembers where the wizard stopped.</source>
        <translation>{path} 的格式为 {version}；此版本的向导仅识别格式 {supported}。该文件仅记录向导停止的位置。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="109"/>
        <source>Use the newer version of the wizard, or start over here (your tenant is re-checked; the newer file is kept as it is until you do).</source>
        <translation>请使用较新版本的向导，或在此重新开始（将重新检查你的租户；在你重新开始之前，较新的文件保持不变）。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="119"/>
        <source>The disk that holds {folder} is full.</source>
        <translation>{folder} 所在的磁盘已满。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="120"/>
        <source>Free some disk space and click Retry. The previously saved progress is kept; changes already made in your tenant stay and are re-checked when you continue.</source>
        <translation>请释放一些磁盘空间，然后单击“重试”。之前保存的进度会保留；已在租户中进行的更改也会保留，并在你继续时重新检查。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="130"/>
        <source>The folder {folder} is read-only or you may not write there.</source>
        <translation>文件夹 {folder} 为只读，或你无权写入。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="131"/>
        <source>Make the folder writable (or set WIZARD_DATA_DIR to a writable folder) and click Retry. The previously saved progress is kept.</source>
        <translation>请使该文件夹可写（或将 WIZARD_DATA_DIR 设置为可写的文件夹），然后单击“重试”。之前保存的进度会保留。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="140"/>
        <source>Writing to {folder} failed ({reason}).</source>
        <translation>写入 {folder} 失败 ({reason})。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="141"/>
        <source>Click Retry. The previously saved progress is kept.</source>
        <translation>请单击“重试”。之前保存的进度会保留。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="115"/>
        <source>Your progress could not be saved.</source>
        <translation>无法保存你的进度。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="145"/>
        <source>Refused to save a secret in the progress file.</source>
        <translation>已拒绝在进度文件中保存机密。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="146"/>
        <source>The value of &apos;{where}&apos; looks like a token, password or code; the progress file is plain text and must never hold one.</source>
        <translation>“{where}”的值看起来像令牌、密码或代码；进度文件是纯文本，绝不能保存此类值。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="151"/>
        <source>This is a bug in the wizard: please report it with the log file. Secrets belong in the system keyring.</source>
        <translation>这是向导的错误：请附上日志文件报告此问题。机密应保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="85"/>
        <source>Microsoft sign-in was cancelled.</source>
        <extracomment>Non-secret pointer to the tenant whose MSAL cache was saved last (keyring, per profile). The system browser&apos;s local listener gives up after this long (MSAL cannot be interrupted). The sign-in window was closed before the sign-in finished.</extracomment>
        <translation>Microsoft 登录已取消。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="86"/>
        <source>The sign-in window was closed before the sign-in finished. Nothing was changed.</source>
        <translation>登录完成之前登录窗口已关闭。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="90"/>
        <source>Click Sign in to try again. If the window cannot finish the sign-in (for example, your organization requires a managed device), choose &apos;Use my system browser&apos; or &apos;Sign in with a code&apos;.</source>
        <translation>请单击“登录”重试。如果窗口无法完成登录（例如你的组织要求使用托管设备），请选择“使用系统浏览器”或“使用代码登录”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="64"/>
        <source>The &quot;{name}&quot; app is not in the Entra app gallery of this cloud.</source>
        <extracomment>The gallery&apos;s name for the app (Microsoft&apos;s and Cisco&apos;s tutorials both say &quot;Cisco Webex&quot;). Longest display name we accept (Entra&apos;s own limit for app names is 256 characters). The tag the Entra admin center sets for &quot;Visible to users? = No&quot; (UNCONFIRMED, see above). Properties read for each service principal; kept small so a big tenant pages quickly. Replication wait: a look every second (ends ≤1 s after the app appears), 5 minutes at most.</extracomment>
        <translation>此云的 Entra 应用程序库中没有“{name}”应用程序。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="67"/>
        <source>Microsoft Graph at {host} has no gallery template named &quot;{name}&quot;. It may not be offered in this Microsoft cloud, or the Environment page names the wrong cloud.</source>
        <translation>位于 {host} 的 Microsoft Graph 中没有名为“{name}”的库模板。此 Microsoft 云可能未提供该模板，或者“你的环境”页面上选择的云有误。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="72"/>
        <source>Check the Microsoft cloud on the Environment page. If it is right, add the app by hand in the Entra admin center (Enterprise applications &gt; New application) and run the wizard again: it will find and reuse that app. Nothing was changed.</source>
        <translation>请在“你的环境”页面上检查 Microsoft 云。如果正确，请在 Entra 管理中心（企业应用程序 &gt; 新建应用程序）中手动添加该应用程序，然后再次运行向导：向导将找到并重复使用该应用程序。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="81"/>
        <source>The &quot;Cisco Webex&quot; gallery app of this cloud does not offer provisioning.</source>
        <translation>此云中的“Cisco Webex”库应用程序不提供预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="84"/>
        <source>The gallery template {template_id} at {host} does not list &apos;sync&apos; among its provisioning types, so Entra ID could not provision users to Webex with it.</source>
        <translation>位于 {host} 的库模板 {template_id} 的预配类型中没有“sync”，因此 Entra ID 无法使用它将用户预配到 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="89"/>
        <source>Check the Microsoft cloud on the Environment page, or ask Microsoft support whether Cisco Webex provisioning is available in your cloud. Nothing was changed.</source>
        <translation>请在“你的环境”页面上检查 Microsoft 云，或询问 Microsoft 支持部门你的云中是否提供 Cisco Webex 预配。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="97"/>
        <source>Entra ID is taking longer than usual to finish creating the app.</source>
        <translation>Entra ID 完成创建应用程序所需的时间比平时长。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="100"/>
        <source>The app was added (object ID {sp_id}) but after {seconds} seconds Microsoft Graph still answers {graph_code} when asked for it. New apps usually appear within a minute; sometimes replication takes longer.</source>
        <translation>应用程序已添加（对象 ID {sp_id}），但 {seconds} 秒后查询时 Microsoft Graph 仍返回 {graph_code}。新应用程序通常在一分钟内出现；有时复制需要更长时间。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="106"/>
        <source>Click Keep waiting. The app will not be added a second time: the wizard remembers it and only waits for it.</source>
        <translation>请单击“继续等待”。应用程序不会被添加第二次：向导会记住它，只是等待它就绪。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="115"/>
        <source>The app needs a name.</source>
        <translation>应用程序需要名称。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="116"/>
        <source>The name is empty or longer than {limit} characters.</source>
        <translation>名称为空或超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="117"/>
        <source>Enter a name such as &quot;Cisco Webex&quot; and click Add again.</source>
        <translation>请输入名称（例如“Cisco Webex”），然后再次单击“将 Cisco Webex 添加到我的租户”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="251"/>
        <source>searching the Entra app gallery</source>
        <extracomment>&quot;template&quot; when ``applicationTemplateId`` matched the gallery template, else &quot;name&quot;. ISO date the app registration was created, when Graph told us; None when unknown.</extracomment>
        <translation>搜索 Entra 应用程序库</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="276"/>
        <location filename="../../wizard/entra/gallery.py" line="296"/>
        <source>listing your tenant&apos;s enterprise apps</source>
        <translation>列出租户的企业应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="11"/>
        <source>Nothing is saved for repair yet.</source>
        <translation>尚未保存可用于修复的信息。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="12"/>
        <source>No Entra tenant and Webex organization were found in the keyring of profile &apos;{profile}&apos;. Repair and check work from what setup saved.</source>
        <translation>在配置文件“{profile}”的密钥环中找不到 Entra 租户和 Webex 组织。修复和检查基于设置时保存的信息进行。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="17"/>
        <source>Run setup first (webex-scim-wizard, or webex-scim-wizard setup).</source>
        <translation>请先运行设置（webex-scim-wizard 或 webex-scim-wizard setup）。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="23"/>
        <source>Several Entra tenant + Webex org pairs are saved.</source>
        <translation>保存了多个 Entra 租户 + Webex 组织对。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="24"/>
        <source>The wizard cannot guess which one to use: {pairs}.</source>
        <translation>向导无法判断应使用哪一对：{pairs}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="25"/>
        <source>Choose one with --profile TENANT:ORG.</source>
        <translation>请使用 --profile TENANT:ORG 选择一个。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="29"/>
        <source>Nothing is saved for {wanted}.</source>
        <translation>没有为 {wanted} 保存任何信息。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="30"/>
        <source>The saved pairs are: {pairs}.</source>
        <translation>已保存的对：{pairs}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="31"/>
        <source>Give one of them with --profile TENANT:ORG (or run setup for it).</source>
        <translation>请使用 --profile TENANT:ORG 指定其中之一（或为其运行设置）。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="37"/>
        <source>{service} is not answering normally; nothing was changed.</source>
        <translation>{service} 未正常响应；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="38"/>
        <source>The problem is on their side ({code}). Changing the configuration now could make things worse, so the fix was not started.</source>
        <translation>问题出在服务端 ({code})。现在更改配置可能会使情况更糟，因此未开始修复。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="43"/>
        <source>Retry later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="147"/>
        <location filename="../../wizard/entra/sync/roles.py" line="68"/>
        <location filename="../../wizard/flows/gallery.py" line="139"/>
        <source>reading the Cisco Webex app</source>
        <extracomment>The new app&apos;s provisioning templates, as the wait read them (empty for a reused app).</extracomment>
        <translation>读取 Cisco Webex 应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="180"/>
        <source>reading the provisioning job</source>
        <translation>读取预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="174"/>
        <location filename="../../wizard/entra/gallery.py" line="333"/>
        <location filename="../../wizard/entra/sync/jobs.py" line="50"/>
        <source>reading the app&apos;s provisioning job</source>
        <translation>读取应用程序的预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="130"/>
        <source>testing the saved credentials</source>
        <translation>测试已保存的凭据</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="348"/>
        <source>reading when the app was created</source>
        <translation>读取应用程序的创建时间</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="388"/>
        <source>adding the app from the gallery</source>
        <translation>从应用程序库添加应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="447"/>
        <source>reading the new app</source>
        <translation>读取新应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="459"/>
        <source>reading the new app&apos;s provisioning templates</source>
        <translation>读取新应用程序的预配模板</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="488"/>
        <source>hiding the app from My Apps</source>
        <translation>从我的应用中隐藏应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="187"/>
        <source>reading your directory roles</source>
        <translation>读取目录角色</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="27"/>
        <source>The name {host} could not be found.</source>
        <translation>无法解析主机名 {host}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="28"/>
        <source>This computer&apos;s name lookup (DNS) does not know it. The network may be offline or filtered, or the address belongs to another Webex environment (for example a Webex for Government host on a commercial network).</source>
        <translation>此计算机的名称解析 (DNS) 无法识别该名称。网络可能处于脱机状态或受到过滤，或者该地址属于另一个 Webex 环境（例如在商业网络上使用 Webex for Government 主机）。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="34"/>
        <source>Check the network connection and the Webex environment you chose, then click Retry. Nothing was changed.</source>
        <translation>请检查网络连接和你选择的 Webex 环境，然后单击“重试”。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="43"/>
        <source>The proxy did not let the wizard reach {host}.</source>
        <translation>代理阻止了向导访问 {host}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="44"/>
        <source>The proxy server configured on this computer (HTTPS_PROXY) refused or failed the connection.</source>
        <translation>此计算机上配置的代理服务器 (HTTPS_PROXY) 拒绝了连接或连接失败。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="49"/>
        <source>Ask your network team to allow {host} through the proxy, or correct the proxy setting, then click Retry. Nothing was changed.</source>
        <translation>请让网络团队允许通过代理访问 {host}，或更正代理设置，然后单击“重试”。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="59"/>
        <source>Consent for Cisco Webex Identity Integration was not given.</source>
        <extracomment>Roles that may grant tenant-wide admin consent (docs/entra-graph.md#admin-consent-repair). Cisco&apos;s app may request Graph application permissions, which only a Privileged Role Administrator or a Global Administrator can grant, so those two are what the wizard asks for. Replication of a re-created service principal: a look every second, 5 minutes at most, so the wait ends within about a second of it appearing (see Backoff.flat).</extracomment>
        <translation>未对 Cisco Webex Identity Integration 授予同意。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="60"/>
        <source>Microsoft answered {error} ({aadsts}): the consent page was cancelled or the permissions were declined. Nothing was changed in your tenant.</source>
        <translation>Microsoft 返回 {error} ({aadsts})：同意页面已取消，或权限被拒绝。你的租户中未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="65"/>
        <source>Run the fix again and click Accept on the permissions page, signed in as a Global Administrator or Privileged Role Administrator.</source>
        <translation>请以全局管理员或特权角色管理员身份登录，再次运行修复，并在权限页面上单击“接受”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="73"/>
        <source>This account cannot grant tenant-wide consent.</source>
        <translation>此帐户无法授予租户范围的同意。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="74"/>
        <source>Restoring Cisco Webex Identity Integration needs admin consent for the whole tenant ({aadsts}); the signed-in account does not hold a role that may give it.</source>
        <translation>还原 Cisco Webex Identity Integration 需要针对整个租户的管理员同意 ({aadsts})；已登录的帐户没有可授予该同意的角色。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="79"/>
        <source>Sign in on the consent page as a Global Administrator or Privileged Role Administrator, or ask one to open the consent link. Nothing was changed.</source>
        <translation>请在同意页面上以全局管理员或特权角色管理员身份登录，或请此类管理员打开同意链接。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="87"/>
        <source>Microsoft did not complete the admin consent.</source>
        <translation>Microsoft 未完成管理员同意。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="88"/>
        <source>It answered {error} ({aadsts}).</source>
        <translation>Microsoft 返回了 {error} ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="89"/>
        <source>Retry. If it fails again, send the ids below to support. Nothing was changed.</source>
        <translation>请重试。如果再次失败，请将下面的 ID 发送给支持人员。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="96"/>
        <source>The consent answer did not belong to this request.</source>
        <translation>该同意响应不属于此请求。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="97"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent, so it may come from another window or have been forged. It was ignored.</source>
        <translation>其“state”值与向导发送的值不同，因此它可能来自其他窗口，或是伪造的。已忽略该响应。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="102"/>
        <source>Start the re-consent again from the repair page.</source>
        <translation>请从修复页面再次开始重新授予同意。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="106"/>
        <source>Cisco Webex Identity Integration has not appeared in your tenant yet.</source>
        <translation>Cisco Webex Identity Integration 尚未出现在你的租户中。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="109"/>
        <source>Consent was given, but after {seconds} seconds Microsoft Graph still does not list the app. Entra ID sometimes takes several minutes to replicate a new app.</source>
        <translation>已授予同意，但 {seconds} 秒后 Microsoft Graph 仍未列出该应用程序。Entra ID 复制新应用程序有时需要几分钟。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="114"/>
        <source>Wait a few minutes and run the checks again; consent need not be repeated.</source>
        <translation>请等待几分钟后重新运行检查；无需再次授予同意。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="155"/>
        <source>Cisco Webex Identity Integration has not appeared in your tenant.</source>
        <extracomment>The same wait, when nothing told the wizard how the consent page was answered (headless: the administrator opens the address in a browser of their own).</extracomment>
        <translation>Cisco Webex Identity Integration 尚未出现在你的租户中。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="158"/>
        <source>After {seconds} seconds Microsoft Graph still does not list the app. The wizard cannot tell whether an administrator opened the consent address and clicked Accept; if one did, Entra ID may still be replicating the app.</source>
        <translation>{seconds} 秒后 Microsoft Graph 仍未列出该应用。向导无法判断管理员是否打开了同意地址并单击了“接受”；如果已单击，Entra ID 可能仍在复制该应用。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="164"/>
        <source>Make sure an administrator opened the address and clicked Accept, wait a few minutes, then run repair again.</source>
        <translation>请确认管理员已打开该地址并单击了“接受”，等待几分钟，然后再次运行修复。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="273"/>
        <source>looking for Cisco Webex Identity Integration</source>
        <translation>查找 Cisco Webex Identity Integration</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="48"/>
        <source>Entra ID could not connect to Webex (Test Connection failed).</source>
        <translation>Entra ID 无法连接到 Webex（测试连接失败）。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="51"/>
        <source>Entra&apos;s provisioning service tried the tenant URL {tenant_url} with the Webex token and answered: {reason}</source>
        <translation>Entra 的预配服务使用 Webex 令牌尝试了租户 URL {tenant_url}，并返回：{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="56"/>
        <source>The Webex account must be a full administrator of the organization, and the tenant URL must name that organization. Go Back to the Webex sign-in, sign in with a full admin and retry. Nothing was saved in Entra ID.</source>
        <translation>Webex 帐户必须是该组织的完全管理员，且租户 URL 必须指向该组织。请单击“上一步”返回 Webex 登录，使用完全管理员登录后重试。Entra ID 中未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="28"/>
        <source>The app &quot;{app}&quot; offers only the Default Access role.</source>
        <translation>“{app}”应用程序仅提供 Default Access(默认访问)角色。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="29"/>
        <source>Users and groups assigned with Default Access are excluded from provisioning (Microsoft&apos;s Cisco Webex tutorial), so nobody would reach Webex.</source>
        <translation>以 Default Access 分配的用户和组会被排除在预配之外（参见 Microsoft 的 Cisco Webex 教程），因此没有人会到达 Webex。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="38"/>
        <source>The app &quot;{app}&quot; has no role that users can be assigned.</source>
        <translation>“{app}”应用程序没有可分配给用户的角色。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="39"/>
        <source>None of its application roles is enabled for users and groups, and the Default Access role is excluded from provisioning.</source>
        <translation>它的应用程序角色均未对用户和组启用，而 Default Access 角色被排除在预配之外。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="20"/>
        <source>Check the app in the Entra admin center (App registrations &gt; the app &gt; App roles): it should offer a role such as &quot;User&quot;. If someone removed it, delete the app and let the wizard add it again from the gallery. Nothing was changed.</source>
        <translation>请在 Entra 管理中心中检查该应用程序（应用注册 &gt; 该应用 &gt; 应用角色）：它应提供“User”之类的角色。如果有人删除了该角色，请删除应用程序，让向导从应用程序库重新添加。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="65"/>
        <source>{user} was not provisioned: assigned with Default Access only.</source>
        <translation>{user} 未被预配：仅以 Default Access 分配。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="68"/>
        <source>Entra skips users whose only role on the app is Default Access; they are excluded from provisioning.</source>
        <translation>Entra 会跳过在该应用上仅有 Default Access 角色的用户；这些用户被排除在预配之外。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="73"/>
        <source>Assign {user} (or a group they belong to) again with a real role such as &quot;User&quot; on the Scope page, then retry.</source>
        <translation>请在“预配对象”页面上以“User”等实际角色重新分配 {user}（或其所属的组），然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="81"/>
        <source>Entra ID is limiting on-demand provisioning right now.</source>
        <translation>Entra ID 当前正在限制按需预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="82"/>
        <source>Provision on demand allows 5 requests per 10 seconds per app, and Microsoft Graph asked to wait {seconds} seconds (someone else may be using it too).</source>
        <translation>按需预配每个应用每 10 秒最多允许 5 个请求，Microsoft Graph 要求等待 {seconds} 秒（可能还有其他人在使用）。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="87"/>
        <source>Wait {seconds} seconds and click Retry. Everything before this step is done and will not be repeated.</source>
        <translation>请等待 {seconds} 秒，然后单击“重试”。此步骤之前的所有操作均已完成，不会重复。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="96"/>
        <source>The provisioning job was put in quarantine.</source>
        <translation>预配作业已被隔离。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="97"/>
        <source>Entra ID stopped job {job_id} after it started ({reason}, {error_code}): {message} Quarantine usually means the Webex token was revoked or has expired, or the tenant URL is wrong.</source>
        <translation>Entra ID 在作业 {job_id} 启动后将其停止（{reason}，{error_code}）：{message} 隔离通常意味着 Webex 令牌已被撤销或已过期，或者租户 URL 有误。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="103"/>
        <source>Sign in to Webex again with a full administrator to get a new token, then click Retry: the wizard saves the new token and starts the job again, which clears the quarantine.</source>
        <translation>请使用完全管理员重新登录 Webex 以获取新令牌，然后单击“重试”：向导会保存新令牌并重新启动作业，从而解除隔离。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="112"/>
        <source>{user} is not in scope for provisioning.</source>
        <translation>{user} 不在预配范围内。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="113"/>
        <source>With &quot;Sync only assigned users and groups&quot;, only users assigned to the app (directly or through a group) are provisioned, and {user} is not assigned.</source>
        <translation>使用“仅同步已分配的用户和组”时，只会预配（直接或通过组）分配给该应用程序的用户，而 {user} 未被分配。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="118"/>
        <source>Go Back to the Scope page, assign {user} (or a group they belong to) with a real role, and apply again. Nothing else needs to be redone.</source>
        <translation>请单击“上一步”返回“预配对象”页面，以实际角色分配 {user}（或其所属的组），然后再次应用。其他操作无需重做。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="128"/>
        <source>Provisioning {user} to Webex failed.</source>
        <translation>将 {user} 预配到 Webex 失败。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="129"/>
        <source>Entra&apos;s provisioning service reported {error_code}: {message}</source>
        <translation>Entra 的预配服务报告了 {error_code}：{message}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="132"/>
        <source>Check the Webex token and tenant URL (Test Connection), then click Retry. The provisioning logs in the Entra admin center show the same step report. If the same user still fails after the cause is fixed, Webex may have kept the failed create: open a case with Cisco Webex support and give them the TrackingID from that report.</source>
        <translation>请检查 Webex 令牌和租户 URL（测试连接），然后单击“重试”。Entra 管理中心的预配日志中显示相同的步骤报告。如果在解决原因后同一用户仍然失败，Webex 可能保留了失败的创建：请向 Cisco Webex 支持部门提交案例，并提供该报告中的 TrackingID。</translation>
    </message>
    <message>
        <source>Check the Webex token and tenant URL (Test Connection), then click Retry. The provisioning logs in the Entra admin center show the same step report.</source>
        <translation type="vanished">请检查 Webex 令牌和租户 URL（测试连接），然后单击“重试”。Entra 管理中心的预配日志中也会显示相同的步骤报告。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="143"/>
        <source>The app offers several provisioning templates.</source>
        <translation>该应用程序提供多个预配模板。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="144"/>
        <source>None is marked as the default, so the wizard cannot tell which one to use: {templates}.</source>
        <translation>没有模板被标记为默认模板，因此向导无法判断应使用哪一个：{templates}。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="149"/>
        <source>Choose the template to use (ask Cisco support if unsure) and apply again. Nothing was changed.</source>
        <translation>请选择要使用的模板（如不确定，请咨询 Cisco 支持部门），然后再次应用。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="157"/>
        <source>The app offers no provisioning template.</source>
        <translation>该应用程序未提供预配模板。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="158"/>
        <source>Microsoft Graph lists no synchronization template for the app {sp_id}, so no provisioning job can be created for it.</source>
        <translation>Microsoft Graph 未列出应用程序 {sp_id} 的同步模板，因此无法为其创建预配作业。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="163"/>
        <source>Make sure the app was added from the gallery entry &quot;Cisco Webex&quot; (not a custom app), then run the wizard again. Nothing was changed.</source>
        <translation>请确保该应用程序是从应用程序库中的“Cisco Webex”条目添加的（而不是自定义应用），然后再次运行向导。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="171"/>
        <source>The provisioning job has no rule for users.</source>
        <translation>预配作业没有针对用户的规则。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="172"/>
        <source>The schema of job {job_id} has no synchronization rule that maps Entra users, so a user cannot be provisioned on demand.</source>
        <translation>作业 {job_id} 的架构中没有映射 Entra 用户的同步规则，因此无法按需预配用户。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="177"/>
        <source>Check the attribute mappings in the Entra admin center (Provisioning &gt; Mappings); restore the default mappings if they were removed.</source>
        <translation>请在 Entra 管理中心中检查属性映射（预配 &gt; 映射）；如果默认映射已被删除，请将其还原。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="185"/>
        <source>The notification email address is not valid: {email}</source>
        <translation>通知电子邮件地址无效：{email}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="186"/>
        <source>Entra ID sends provisioning failure emails to this address.</source>
        <translation>Entra ID 会将预配失败电子邮件发送到此地址。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="187"/>
        <source>Enter one address such as admin@contoso.com.</source>
        <translation>请输入一个地址，例如 admin@contoso.com。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="60"/>
        <source>searching users and groups</source>
        <extracomment>UPN (or mail) for users, description for groups.</extracomment>
        <translation>搜索用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="83"/>
        <source>reading who is assigned to the app</source>
        <translation>读取应用程序的分配对象</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="106"/>
        <source>assigning users and groups to the app</source>
        <translation>将用户和组分配给应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="25"/>
        <source>reading the app&apos;s provisioning templates</source>
        <translation>读取应用程序的预配模板</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="57"/>
        <source>reading the provisioning job&apos;s status</source>
        <translation>读取预配作业的状态</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="70"/>
        <source>creating the provisioning job</source>
        <translation>创建预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="87"/>
        <source>starting the provisioning job</source>
        <translation>启动预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="54"/>
        <source>testing the connection to Webex</source>
        <translation>测试与 Webex 的连接</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="96"/>
        <source>reading the saved provisioning settings</source>
        <extracomment>The keys the wizard owns; every other key in Entra&apos;s set is the admin&apos;s and is kept. Threshold for new setups: Entra&apos;s default for accidental-deletion prevention (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/accidental-deletions). False when Entra refused to let us read its set and the wizard&apos;s earlier save was used.</extracomment>
        <translation>读取已保存的预配设置</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="191"/>
        <source>saving the Webex credentials in Entra ID</source>
        <translation>在 Entra ID 中保存 Webex 凭据</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="193"/>
        <source>reading the provisioning job&apos;s schema</source>
        <extracomment>entitled / imported / exported / escrowed of the last run, plus synchronized entries.</extracomment>
        <translation>读取预配作业的架构</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/ondemand.py" line="208"/>
        <source>provisioning the test user on demand</source>
        <extracomment>provisionOnDemand: &quot;The rate limit for this API is 5 requests per 10 seconds.&quot; Longest Retry-After the on-demand call waits out by itself before asking the admin. Shared by every call in this process (the GUI and CLI run one setup at a time).</extracomment>
        <translation>按需预配测试用户</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="368"/>
        <source>reading the test user</source>
        <translation>读取测试用户</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="66"/>
        <source>The consent window was closed.</source>
        <translation>同意窗口已关闭。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="67"/>
        <source>It was closed before Microsoft answered, so no consent was given. Nothing was changed in your tenant.</source>
        <translation>该窗口在 Microsoft 响应之前已关闭，因此未授予同意。你的租户中未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="72"/>
        <source>Click Re-consent again and accept the permissions, signed in as a Global Administrator or Privileged Role Administrator.</source>
        <translation>请以全局管理员或特权角色管理员身份登录，再次单击“重新同意”并接受权限。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="80"/>
        <source>You are not signed in to Microsoft.</source>
        <translation>你尚未登录 Microsoft。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="81"/>
        <source>This fix changes your Entra ID tenant, which needs an administrator&apos;s sign-in. The sign-in window was closed or could not finish. Nothing was changed.</source>
        <translation>此修复会更改你的 Entra ID 租户，因此需要管理员登录。登录窗口已关闭或无法完成登录。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="86"/>
        <source>Click Sign in on the Microsoft sign-in row, then run the fix again.</source>
        <translation>请在 Microsoft 登录行中单击“登录”，然后再次运行修复。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/scope.py" line="51"/>
        <source>reading the app&apos;s attribute mappings</source>
        <extracomment>Deliberately simple: one @, a dot in the domain, no spaces. Entra itself checks further.</extracomment>
        <translation>读取应用程序的属性映射</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="47"/>
        <source>The Webex token could not be read from {path}.</source>
        <extracomment>A Webex access token is about 100 characters; a pasted redirect URL a few hundred. The cap keeps ``/dev/zero`` or ``yes |`` from filling memory. Visible ASCII, the rule the redirect parser applies (``wizard.webex.token``): anything else cannot travel in an Authorization header. Tenant and org ids as the keyring names them (``wizard.storage.secrets``). Longest wait a flag may ask for (seconds): a day; larger values are typos.</extracomment>
        <translation>无法从 {path} 读取 Webex 令牌。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="48"/>
        <location filename="../../wizard/core/runlock.py" line="49"/>
        <source>{detail}.</source>
        <translation>{detail}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="49"/>
        <source>Put the token (or the whole redirect URL from the Webex sign-in) on the first line of the file, or pass - and pipe it in.</source>
        <translation>请将令牌（或 Webex 登录的完整重定向 URL）放在文件的第一行，或传入 - 并通过管道输入。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="49"/>
        <source>{option} is required.</source>
        <translation>{option} 是必需的。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="50"/>
        <source>The unattended setup cannot ask for it.</source>
        <translation>无人参与的设置无法询问此值。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="51"/>
        <source>Give {option} on the command line or in --answers.</source>
        <translation>请在命令行或 --answers 中提供 {option}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="55"/>
        <source>No user or group named {name} was found.</source>
        <translation>找不到名为 {name} 的用户或组。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="56"/>
        <source>--assign takes a user principal name (UPN) or a group&apos;s exact name.</source>
        <translation>--assign 接受用户主体名称 (UPN) 或组的确切名称。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="59"/>
        <source>Check the spelling and run setup again. Nothing was changed.</source>
        <translation>请检查拼写并重新运行设置。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="63"/>
        <source>Several groups are named {name}.</source>
        <translation>有多个名为 {name} 的组。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="64"/>
        <source>Their object IDs are: {ids}.</source>
        <translation>它们的对象 ID：{ids}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="65"/>
        <source>Give the groups distinct names in Entra ID and run setup again. Nothing was changed.</source>
        <translation>请在 Entra ID 中为这些组指定不同的名称，然后再次运行设置。未进行任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="85"/>
        <source>Give one of them with --role and run setup again: it reuses the Cisco Webex app it has just added; nothing else was changed.</source>
        <translation>请使用 --role 指定其中一个，然后再次运行设置：它将重用刚刚添加的 Cisco Webex 应用程序；未做其他任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="71"/>
        <source>The app has no role named {role}.</source>
        <translation>该应用程序没有名为 {role} 的角色。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="72"/>
        <source>Its assignable roles are: {known}.</source>
        <translation>可分配的角色为：{known}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="77"/>
        <source>Give one of them with --role. Nothing was changed.</source>
        <translation>请使用 --role 指定其中之一。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="138"/>
        <source>looking up the user</source>
        <translation>查找用户</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="146"/>
        <source>looking up the group</source>
        <translation>查找组</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="48"/>
        <source>The provisioning job is not known.</source>
        <translation>预配作业未知。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="49"/>
        <source>Neither the saved progress nor the tenant names the Cisco Webex app&apos;s job.</source>
        <translation>已保存的进度和租户中都没有指明 Cisco Webex 应用程序的作业。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="52"/>
        <source>Run the checks first; if the job is gone, run setup again.</source>
        <translation>请先运行检查；如果作业已不存在，请重新运行设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="57"/>
        <source>The answer &apos;{key}&apos; in {path} has the wrong type.</source>
        <translation>{path} 中的答案 &apos;{key}&apos; 类型错误。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="58"/>
        <location filename="../../wizard/cli/inputs.py" line="64"/>
        <source>It must be {expected}.</source>
        <translation>它必须是 {expected}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="59"/>
        <source>Correct &apos;{key}&apos; in the answers file and run again.</source>
        <translation>请更正答案文件中的 &apos;{key}&apos;，然后再次运行。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="63"/>
        <source>{name} is not valid: {value}</source>
        <translation>{name} 无效：{value}</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="65"/>
        <source>Correct {name} and run again. Nothing was changed.</source>
        <translation>请更正 {name}，然后再次运行。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="69"/>
        <source>The command line is not valid: {message}</source>
        <translation>命令行无效：{message}</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="70"/>
        <source>The wizard cannot tell what to do.</source>
        <translation>向导无法确定要执行的操作。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="71"/>
        <source>Run webex-scim-wizard --help for the options. Nothing was changed.</source>
        <translation>运行 webex-scim-wizard --help 查看选项。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="182"/>
        <source>{host} closed the connection.</source>
        <extracomment>Retry-After values above this are not waited out inside a call: the response is returned at once and the caller tells the user to retry later (an outage must not freeze a step for minutes).</extracomment>
        <translation>{host} 关闭了连接。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="183"/>
        <source>The connection ended before an answer came ({detail}): the service, a proxy or a firewall dropped it. The certificate was not the problem.</source>
        <translation>在收到应答之前连接已结束 ({detail})：服务、代理或防火墙断开了连接。问题不在证书。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="188"/>
        <source>Wait a minute and click Retry; if it keeps happening, check your proxy.</source>
        <translation>请稍等片刻，然后单击“重试”；如果问题仍然存在，请检查你的代理。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="195"/>
        <source>A secure connection to {host} could not be set up.</source>
        <translation>无法建立到 {host} 的安全连接。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="196"/>
        <source>The TLS handshake failed ({detail}): the address may not serve HTTPS, or a proxy interferes with the connection.</source>
        <translation>TLS 握手失败 ({detail})：该地址可能不提供 HTTPS，或者代理干扰了连接。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="201"/>
        <source>Check that the configured address is the service&apos;s HTTPS address and your proxy settings (HTTPS_PROXY), then retry.</source>
        <translation>请检查配置的地址是否为该服务的 HTTPS 地址，并检查你的代理设置 (HTTPS_PROXY)，然后重试。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="38"/>
        <source>Another run of the wizard is changing this profile.</source>
        <extracomment>How long a second run waits for the first before giving up (seconds). Short: the first run may take minutes, and an admin or a scheduler is better served by a clear message.</extracomment>
        <translation>向导的另一个运行实例正在更改此配置文件。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="39"/>
        <source>{owner} holds the lock; two runs at once could add the app or the job twice.</source>
        <translation>{owner} 持有锁；同时进行两次运行可能会将应用或作业添加两次。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="42"/>
        <source>Wait until it has finished, then run this command again. Nothing was changed.</source>
        <translation>请等待其完成，然后再次运行此命令。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="48"/>
        <source>The run lock {path} cannot be used.</source>
        <translation>无法使用运行锁 {path}。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="50"/>
        <source>Make sure the data folder is writable (or set WIZARD_DATA_DIR), then retry.</source>
        <translation>请确保数据文件夹可写（或设置 WIZARD_DATA_DIR），然后重试。</translation>
    </message>
</context>
<context>
    <name>flows</name>
    <message>
        <location filename="../../wizard/entra/sync/mappings.py" line="113"/>
        <source>Webex matches existing users by userName. If userName is not mapped from the userPrincipalName, or a user&apos;s UPN differs from their Webex email, Entra creates a new Webex user instead of matching the existing one.</source>
        <extracomment>Cisco&apos;s recommended table (as in Microsoft&apos;s Cisco Webex tutorial, https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial): Entra source -&gt; Webex target.</extracomment>
        <translation>Webex 通过 userName 匹配现有用户。如果 userName 不是从 userPrincipalName 映射的，或者用户的 UPN 与其 Webex 电子邮件不同，Entra 会创建新的 Webex 用户，而不是匹配现有用户。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="131"/>
        <source>Add the Cisco Webex app to your tenant</source>
        <extracomment>The app role the assignments will get, by name (the app&apos;s roles are not known before it exists). Hide the new app from users&apos; My Apps portal (the HideApp tag) right after adding it.</extracomment>
        <translation>将 Cisco Webex 应用程序添加到你的租户</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="133"/>
        <source>POST /applicationTemplates/{template_id}/instantiate — add &quot;{name}&quot; and hide it from My Apps (PATCH its tags)</source>
        <translation>POST /applicationTemplates/{template_id}/instantiate — 添加“{name}”并在“我的应用”中隐藏（PATCH 其标记）</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="139"/>
        <source>POST /applicationTemplates/{template_id}/instantiate — add &quot;{name}&quot;</source>
        <translation>POST /applicationTemplates/{template_id}/instantiate — 添加“{name}”</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="187"/>
        <source>Hide the app from My Apps</source>
        <translation>在“我的应用”中隐藏应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="189"/>
        <source>PATCH /servicePrincipals/{sp_id} — add the HideApp tag (every other tag is kept), so users do not see the app&apos;s tile in their My Apps portal</source>
        <translation>PATCH /servicePrincipals/{sp_id} — 添加 HideApp 标记（保留所有其他标记），使用户在其“我的应用”门户中看不到该应用程序的磁贴</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="207"/>
        <source>Reuse the provisioning job {job_id}</source>
        <translation>重复使用预配作业 {job_id}</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="209"/>
        <source>GET /servicePrincipals/{sp_id}/synchronization/jobs — the app already has job {job_id}; no new job is created</source>
        <translation>GET /servicePrincipals/{sp_id}/synchronization/jobs — 该应用程序已有作业 {job_id}；不会创建新作业</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="228"/>
        <source>Create the provisioning job</source>
        <translation>创建预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="230"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning job from template {template_id}</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs — 从模板 {template_id} 创建预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="236"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning job</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs — 创建预配作业</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="254"/>
        <source>Test the connection from Entra ID to Webex</source>
        <translation>测试从 Entra ID 到 Webex 的连接</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="256"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials — Entra tries the tenant URL {tenant_url} with the Webex token; nothing is saved</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials — Entra 使用 Webex 令牌尝试租户 URL {tenant_url}；不会保存任何内容</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="290"/>
        <source>all users and groups</source>
        <translation>所有用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="291"/>
        <source>only assigned users and groups</source>
        <translation>仅已分配的用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="292"/>
        <source>as Entra has it (only assigned users and groups for a new app)</source>
        <translation>保持 Entra 中的设置（新应用程序为仅已分配的用户和组）</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="297"/>
        <source>GET, then PUT /servicePrincipals/{sp_id}/synchronization/secrets — save the tenant URL, the Webex token, the notification email {email} ({notify}) and the scope ({scope}); every other setting Entra holds is kept</source>
        <translation>先 GET 再 PUT /servicePrincipals/{sp_id}/synchronization/secrets — 保存租户 URL、Webex 令牌、通知电子邮件 {email}（{notify}）和范围（{scope}）；Entra 中的其他所有设置均保持不变</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="305"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="307"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="312"/>
        <source>Save the Webex credentials and notification settings</source>
        <translation>保存 Webex 凭据和通知设置</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="318"/>
        <source>the same credentials were saved by an earlier run and still work</source>
        <translation>之前的运行已保存相同的凭据，且仍然有效</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="360"/>
        <source>user</source>
        <extracomment>Graph&apos;s principal types, as the assignment&apos;s detail names them.</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="360"/>
        <source>group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="369"/>
        <source>Assign {name} to the app as {role}</source>
        <translation>将 {name} 以 {role} 角色分配给应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="371"/>
        <source>POST /servicePrincipals/{sp_id}/appRoleAssignedTo — assign the {kind} {who} with the app role &quot;{role}&quot;</source>
        <translation>POST /servicePrincipals/{sp_id}/appRoleAssignedTo — 为{kind} {who} 分配应用角色“{role}”</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="401"/>
        <source>Start provisioning</source>
        <translation>启动预配</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="403"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — turn provisioning on; Entra then syncs about every 40 minutes</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — 开启预配；之后 Entra 大约每 40 分钟同步一次</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="427"/>
        <source>Provision the test user to Webex now</source>
        <translation>立即将测试用户预配到 Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="433"/>
        <source>Provision {name} to Webex now, as a test</source>
        <translation>立即将 {name} 预配到 Webex 作为测试</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="442"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — provision {who} immediately and report whether it reached Webex</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — 立即预配 {who}，并报告是否已到达 Webex</translation>
    </message>
    <message>
        <source>Add the Cisco Webex app from the Entra gallery</source>
        <extracomment>The app role the assignments will get, by name (the app&apos;s roles are not known before it exists). Hide the new app from users&apos; My Apps portal (the HideApp tag) right after adding it.</extracomment>
        <translation type="vanished">从 Entra 应用程序库添加 Cisco Webex 应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="127"/>
        <source>added to your tenant</source>
        <extracomment>The app an earlier, killed Apply added for this tenant (see add_app).</extracomment>
        <translation>已添加到你的租户</translation>
    </message>
    <message>
        <source>added to your tenant and hidden from My Apps</source>
        <translation type="vanished">已添加到你的租户，并已在“我的应用”中隐藏</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="129"/>
        <source>the tenant already had it; nothing was added</source>
        <translation>租户中已有该应用程序；未添加任何内容</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="182"/>
        <source>not hidden: {reason} Run the setup again, or set Visible to users? to No in the Entra admin center (Enterprise applications &gt; the app &gt; Properties)</source>
        <translation>未隐藏：{reason} 请再次运行设置，或在 Entra 管理中心（企业应用程序 &gt; 该应用程序 &gt; 属性）中将“对用户可见?”设置为“否”</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="191"/>
        <source>it was already hidden</source>
        <translation>它已处于隐藏状态</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="206"/>
        <location filename="../../wizard/flows/setup_plan.py" line="220"/>
        <source>reuse job {job_id}</source>
        <translation>重用作业 {job_id}</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="214"/>
        <source>created job {job_id}</source>
        <translation>已创建作业 {job_id}</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="241"/>
        <source>Entra did not let the wizard read its saved settings; the other settings were kept as this wizard saved them last</source>
        <translation>Entra 不允许向导读取其已保存的设置；其他设置保持为此向导上次保存的内容</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="281"/>
        <location filename="../../wizard/flows/setup_apply.py" line="289"/>
        <location filename="../../wizard/flows/setup_plan.py" line="386"/>
        <source>already assigned with this role</source>
        <translation>已使用此角色分配</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="302"/>
        <location filename="../../wizard/flows/setup_plan.py" line="413"/>
        <source>the job is already running ({status})</source>
        <translation>作业已在运行（{status}）</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="341"/>
        <source>created in Webex</source>
        <extracomment>Provision on demand&apos;s action (Create, Update, Delete...) -&gt; the note, in past tense.</extracomment>
        <translation>已在 Webex 中创建</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="342"/>
        <source>updated in Webex</source>
        <translation>已在 Webex 中更新</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="343"/>
        <source>deleted in Webex</source>
        <translation>已在 Webex 中删除</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="344"/>
        <source>provisioned in Webex</source>
        <translation>已预配到 Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="350"/>
        <source>already up to date in Webex</source>
        <translation>在 Webex 中已是最新</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../wizard/ui/ops.py" line="47"/>
        <source>the application log</source>
        <translation>应用程序日志</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/ops.py" line="76"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="47"/>
        <source>Cloud Application Administrator</source>
        <extracomment>Role template id -&gt; name, least privileged first (the one to ask for). Names are marked for translation: they are shown as ``{role}`` and the consoles localize them.</extracomment>
        <translation>云应用程序管理员</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="48"/>
        <source>Application Administrator</source>
        <translation>应用程序管理员</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="49"/>
        <source>Global Administrator</source>
        <translation>全局管理员</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="111"/>
        <source> · </source>
        <extracomment>What the wizard can skip; the pages read these keys. One line of evidence: parts, each (English template marked for translation, its params). English source template (translation context &quot;preflight&quot;), filled from ``params``. Plain facts the finding rests on (ids, role names, job status), shown small: each a tuple of parts (an English template, context &quot;preflight&quot;, and its params), joined by &quot; · &quot;. Steps the wizard skips because of this finding (``SKIP_*``). A longer explanation / what to do (template, same params), may be &quot;&quot;. When the finding is an error the wizard would meet later, that error (its why and fix are the detail).</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="138"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="228"/>
        <source>roles: none</source>
        <translation>角色：无</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="229"/>
        <source>roles: {roles}</source>
        <translation>角色：{roles}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="239"/>
        <source>Your account holds the {role} role, which can set up provisioning.</source>
        <translation>你的帐户拥有{role}角色，可以设置预配。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="248"/>
        <source>Your account has none of the roles setup needs: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>你的帐户不具有设置所需的任何角色：云应用程序管理员、应用程序管理员或全局管理员。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="255"/>
        <source>Ask your Global Administrator or Privileged Role Administrator to assign you the {least} role (the least privileged one that is enough). If the role is eligible for you in Privileged Identity Management, activate it, then click Check again.</source>
        <translation>请让你的全局管理员或特权角色管理员为你分配{least}角色（满足需要的最低权限角色）。如果该角色在 Privileged Identity Management 中是符合条件的分配，请先激活，然后单击“重新检查”。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="269"/>
        <location filename="../../wizard/entra/preflight.py" line="417"/>
        <source>object ID {id}</source>
        <translation>对象 ID {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="270"/>
        <source>provisioning job: {status}</source>
        <translation>预配作业：{status}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="272"/>
        <source>provisioning job: none</source>
        <translation>预配作业：无</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="273"/>
        <source>single sign-on: {mode}</source>
        <translation>单一登录：{mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="275"/>
        <source>single sign-on: not set</source>
        <translation>单一登录：未设置</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="276"/>
        <source>matched by gallery template</source>
        <translation>按库模板匹配</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="278"/>
        <source>matched by name</source>
        <translation>按名称匹配</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="289"/>
        <source>There is no &quot;Cisco Webex&quot; app in your tenant, and the wizard cannot add one from the gallery.</source>
        <translation>你的租户中没有“Cisco Webex”应用程序，且向导无法从应用程序库添加。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="295"/>
        <source>error: {code}</source>
        <translation>错误：{code}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="301"/>
        <source>No &quot;Cisco Webex&quot; app yet: the wizard will add it from the gallery next.</source>
        <translation>尚无“Cisco Webex”应用程序：向导将在下一步从应用程序库添加。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="309"/>
        <source>gallery template: {id}</source>
        <translation>库模板：{id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="327"/>
        <source>Found the &quot;{name}&quot; app already in your tenant (added earlier, for single sign-on or by a previous run). The wizard will reuse it and skip adding one.</source>
        <translation>你的租户中已有“{name}”应用程序（之前为单一登录或在上次运行时添加）。向导将重复使用它，并跳过添加步骤。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="342"/>
        <source>Found {count} &quot;Cisco Webex&quot; apps. Only one should provision users; you will choose which one on the next page.</source>
        <translation>找到 {count} 个“Cisco Webex”应用程序。只应由一个应用程序预配用户；你将在下一页选择使用哪一个。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="359"/>
        <source>It has no provisioning job yet: the wizard will create one.</source>
        <translation>它还没有预配作业：向导将创建一个。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="368"/>
        <source>job {id}: {status} (schedule {schedule})</source>
        <translation>作业 {id}：{status}（计划：{schedule}）</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="373"/>
        <source>job {id}: {status} (schedule unknown)</source>
        <translation>作业 {id}：{status}（计划未知）</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="383"/>
        <source>Its provisioning job is in quarantine ({reason}). The wizard will update its Webex credentials and restart it instead of creating another job.</source>
        <translation>其预配作业处于隔离状态 ({reason})。向导将更新其 Webex 凭据并重启该作业，而不是创建另一个作业。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="388"/>
        <source>no reason given</source>
        <translation>未提供原因</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="395"/>
        <source>It already has a provisioning job (status {status}). The wizard will update that job instead of creating another one.</source>
        <translation>它已有预配作业（状态：{status}）。向导将更新该作业，而不是创建另一个作业。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="411"/>
        <source>The &quot;Cisco Webex Identity Integration&quot; app is present.</source>
        <translation>“Cisco Webex Identity Integration”应用程序存在。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="418"/>
        <source>appId {app_id}</source>
        <translation>appId {app_id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="425"/>
        <source>The &quot;Cisco Webex Identity Integration&quot; app is missing from your tenant.</source>
        <translation>你的租户中缺少“Cisco Webex Identity Integration”应用程序。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="432"/>
        <source>no service principal with appId {app_id}</source>
        <translation>没有 appId 为 {app_id} 的服务主体</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="437"/>
        <source>Provisioning set up by this wizard does not need it, so you can continue. Control Hub&apos;s own Entra ID wizard does need it, and its absence causes &apos;request was unauthorized&apos; errors there; the wizard&apos;s repair mode can restore it with an admin consent.</source>
        <translation>此向导设置的预配不需要它，因此你可以继续。但 Control Hub 自身的 Entra ID 向导需要它，缺少它会导致 Control Hub 中出现“request was unauthorized”错误；向导的修复模式可以通过管理员同意来还原它。</translation>
    </message>
    <message>
        <source>Your account has none of the roles setup needs: {needed}.</source>
        <translation type="vanished">你的帐户不具有设置所需的任何角色：{needed}。</translation>
    </message>
</context>
<context>
    <name>repair</name>
    <message>
        <location filename="../../wizard/flows/repair.py" line="181"/>
        <source>The job is already running; it was not restarted.</source>
        <extracomment>Which check confirms which fix.</extracomment>
        <translation>作业已在运行，因此未重启。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="188"/>
        <source>The provisioning job was started again.</source>
        <translation>预配作业已重新启动。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="197"/>
        <source>The new Webex token is saved in Entra ID and the job was restarted.</source>
        <extracomment>(job restarted, Entra let us read its settings) -&gt; what renew_token says.</extracomment>
        <translation>新的 Webex 令牌已保存到 Entra ID，且作业已重启。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="200"/>
        <source>The new Webex token is saved in Entra ID.</source>
        <translation>新的 Webex 令牌已保存到 Entra ID。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="201"/>
        <source>The new Webex token is saved in Entra ID and the job was restarted. Entra did not let the wizard read its other provisioning settings, so those the wizard saved last were kept.</source>
        <translation>新的 Webex 令牌已保存到 Entra ID，并已重新启动作业。Entra 不允许向导读取其他预配设置，因此保留了向导上次保存的设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="206"/>
        <source>The new Webex token is saved in Entra ID. Entra did not let the wizard read its other provisioning settings, so those the wizard saved last were kept.</source>
        <translation>新的 Webex 令牌已保存到 Entra ID。Entra 不允许向导读取其他预配设置，因此保留了向导上次保存的设置。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="395"/>
        <source>Cisco Webex Identity Integration is back in your tenant.</source>
        <translation>Cisco Webex Identity Integration 已恢复到你的租户中。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="118"/>
        <source>Webex provisioning setup report</source>
        <extracomment>Renew this long before the token expires: the daily check&apos;s warning period, so Finish, the report, the reminder and ``check`` name the same day. Admin consoles per cloud. Consoles are not API endpoints (nothing calls them), so they are derived from the chosen cloud rather than configured. The China and FedRAMP entries follow docs/webex.md#webex-for-government and https://learn.microsoft.com/en-us/graph/deployments. Seconds since the epoch, or None when no token expiry is known. &quot;Alex Wilber (alexw@contoso.onmicrosoft.com) — User, role User&quot; etc.</extracomment>
        <translation>Webex 预配设置报告</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="119"/>
        <source>Generated (UTC)</source>
        <translation>生成时间 (UTC)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="120"/>
        <source>Demo mode: these values come from the simulator, not a real tenant.</source>
        <translation>演示模式：这些值来自模拟器，而不是真实租户。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="123"/>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra 租户</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="124"/>
        <source>Tenant ID</source>
        <translation>租户 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="125"/>
        <source>Enterprise app</source>
        <translation>企业应用程序</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="126"/>
        <source>Service principal (object) ID</source>
        <translation>服务主体(对象) ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="127"/>
        <source>Provisioning job ID</source>
        <translation>预配作业 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="128"/>
        <source>Provisioning job status</source>
        <translation>预配作业状态</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="129"/>
        <source>Webex tenant URL</source>
        <translation>Webex 租户 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="130"/>
        <source>Webex organization ID</source>
        <translation>Webex 组织 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="131"/>
        <source>Webex token expires</source>
        <translation>Webex 令牌到期时间</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="132"/>
        <source>Renew the token before</source>
        <translation>令牌续订期限</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="133"/>
        <source>Failure notifications go to</source>
        <translation>失败通知发送至</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="134"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="135"/>
        <source>Assigned users and groups</source>
        <translation>已分配的用户和组</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="136"/>
        <source>First user</source>
        <translation>第一个用户</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="137"/>
        <source>Changes made</source>
        <translation>已进行的更改</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="138"/>
        <source>Admin consoles</source>
        <translation>管理控制台</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="139"/>
        <source>Entra admin center</source>
        <translation>Entra 管理中心</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="140"/>
        <source>Control Hub</source>
        <translation>Control Hub</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="141"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="142"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="143"/>
        <source>Before that date, run the wizard&apos;s Repair to sign in to Webex again and save the new token in Entra ID; provisioning stops when the token expires.</source>
        <translation>请在该日期之前运行向导的“修复”功能，重新登录 Webex 并将新令牌保存到 Entra ID；令牌过期后预配将停止。</translation>
    </message>
</context>
</TS>
