<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="34"/>
        <source>○ Waiting</source>
        <extracomment>Colour kinds (style.colour picks the shade that reads on the current palette).</extracomment>
        <translation>○ 待機中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="35"/>
        <source>● Running…</source>
        <translation>● 実行中…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="36"/>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="37"/>
        <source>✗ Failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>– Already done</source>
        <translation type="vanished">– 完了済み</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="43"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="122"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="123"/>
        <source>Make the changes and start provisioning.</source>
        <translation>変更を適用し、プロビジョニングを開始します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="59"/>
        <source>The wizard makes the changes in order. If one fails it stops there, says why, and can retry from that step; running it again never duplicates anything.</source>
        <extracomment>Steps whose failure a new Webex sign-in fixes (the token or the tenant URL was rejected).</extracomment>
        <translation>ウィザードは変更を順番に適用します。いずれかが失敗するとそこで停止して理由を示し、その手順から再試行できます。もう一度実行しても、何も重複しません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="106"/>
        <source>First user</source>
        <translation>最初のユーザー</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="89"/>
        <source>Provisioning job</source>
        <extracomment>The wait for Entra ID to finish creating an added app (None: the flow&apos;s default; tests shorten it). The overall result, first thing on the page (&quot;Setup complete — …&quot;), above the intro.</extracomment>
        <translation>プロビジョニング ジョブ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">最新の情報に更新</translation>
    </message>
    <message>
        <source>Back to the Webex sign-in</source>
        <translation type="vanished">Webex へのサインインに戻る</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="38"/>
        <source>✓ Already set up</source>
        <translation>✓ 設定済み</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="115"/>
        <source>Show &amp;details (the Microsoft Graph calls)</source>
        <translation>詳細を表示 (Microsoft Graph の呼び出し)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="91"/>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="95"/>
        <source>Back to the &amp;Webex sign-in</source>
        <translation>Webex へのサインインに戻る(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="137"/>
        <source>Keep waiting</source>
        <translation>待機を続ける</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="139"/>
        <source>Retry from this step</source>
        <translation>この手順から再試行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="147"/>
        <source>Review the changes first: go Back.</source>
        <translation>先に変更内容を確認してください。[戻る] で前に戻れます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="156"/>
        <location filename="../../wizard/ui/pages/apply.py" line="218"/>
        <source>Stopping after the current step…</source>
        <translation>現在の手順が終わったら停止します…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="165"/>
        <source>Applying the changes…</source>
        <translation>変更を適用しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="216"/>
        <source>Applying: {step}</source>
        <translation>適用中: {step}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="245"/>
        <source>Setup stopped: nothing after the failed step was done.</source>
        <translation>セットアップが停止しました。失敗した手順より後の処理は行われていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="321"/>
        <source>Microsoft Entra&apos;s message: {message}</source>
        <translation>Microsoft Entra のメッセージ: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="329"/>
        <source>Setup complete — {user} is in Webex and provisioning is on.</source>
        <translation>セットアップ完了 — {user} が Webex に追加され、プロビジョニングがオンになっています。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="332"/>
        <source>Setup complete — provisioning is on.</source>
        <translation>セットアップ完了 — プロビジョニングがオンになっています。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="336"/>
        <source>No test user was chosen, so nobody was provisioned on demand.</source>
        <translation>テスト ユーザーが選択されていないため、オンデマンドでプロビジョニングされたユーザーはいません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="339"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="341"/>
        <source>Already up to date in Webex</source>
        <translation>Webex では既に最新の状態です</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="366"/>
        <source>Last run: {state}, {time}</source>
        <translation>前回の実行: {state}、{time}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="342"/>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="344"/>
        <source>{user}: {verdict}</source>
        <translation>{user}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="346"/>
        <source>The user now exists in Webex.</source>
        <translation>このユーザーは Webex に登録されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="348"/>
        <source>The user is not in Webex yet.</source>
        <translation>このユーザーはまだ Webex に登録されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="357"/>
        <source>Test user</source>
        <translation>テスト ユーザー</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="361"/>
        <source>Status unknown.</source>
        <translation>状態は不明です。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="362"/>
        <source>Status: {code}</source>
        <translation>状態: {code}</translation>
    </message>
    <message>
        <source>Last run: {run}</source>
        <translation type="vanished">前回の実行: {run}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="371"/>
        <source>Last run: not yet (Entra ID runs the first cycle shortly)</source>
        <translation>前回の実行: まだありません (Entra ID がまもなく最初のサイクルを実行します)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="376"/>
        <source>In scope: {entitled}, exported to Webex: {exported}, in escrow: {escrowed}</source>
        <translation>スコープ内: {entitled}、Webex にエクスポート済み: {exported}、エスクロー: {escrowed}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="385"/>
        <source>In quarantine: {reason}</source>
        <translation>検疫中: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="398"/>
        <source>Reading the job status…</source>
        <translation>ジョブの状態を読み取っています…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>The wizard creates the provisioning job, saves the Webex tenant URL and token in Entra ID, sets the notification email and starts the job.</source>
        <translation type="vanished">ウィザードはプロビジョニング ジョブを作成し、Webex のテナント URL とトークンを Entra ID に保存して、通知用メールを設定してからジョブを開始します。</translation>
    </message>
    <message>
        <source>It then provisions the test user on demand and shows the result. Running it again never duplicates anything.</source>
        <translation type="vanished">その後、テスト ユーザーをオンデマンドでプロビジョニングし、結果を表示します。もう一度実行しても、何も重複しません。</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>This step is not active in this version yet: nothing was set up, checked or changed.</source>
        <extracomment>The page Next leads to (Calibre-style explicit order); None = this is the last page.</extracomment>
        <translation type="vanished">この手順は、このバージョンではまだ有効になっていません。設定、確認、変更は何も行われていません。</translation>
    </message>
    <message>
        <source>This step is not active in this version yet: Next moves on without signing in, checking or changing anything.</source>
        <translation type="vanished">この手順は、このバージョンではまだ有効になっていません。[次へ] を押すと、サインイン、確認、変更を行わずに次に進みます。</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <location filename="../../wizard/ui/browser.py" line="144"/>
        <source>Sign in</source>
        <extracomment>The full captured URL (query and fragment included). Never log or display it.</extracomment>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="195"/>
        <source>This window closes by itself when the sign-in is complete.</source>
        <translation>サインインが完了すると、このウィンドウは自動的に閉じます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="201"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="263"/>
        <source>Certificate not trusted: the page was blocked.</source>
        <translation>証明書が信頼されていないため、ページをブロックしました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="270"/>
        <source>Demo simulator: its certificate is trusted by its exact fingerprint.</source>
        <translation>デモ シミュレーター: 証明書はフィンガープリントの完全一致でのみ信頼されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="280"/>
        <source>Secure connection</source>
        <translation>安全な接続</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="287"/>
        <source>Not secure: do not enter a password here.</source>
        <translation>安全ではありません: ここにパスワードを入力しないでください。</translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="373"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="70"/>
        <source>… Checking</source>
        <extracomment>How many times a throttled test waits and runs again by itself before asking the admin. Colour kinds (style.colour picks the shade that reads on the current palette).</extracomment>
        <translation>… 確認中</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="75"/>
        <source>✓ Passed</source>
        <translation>✓ 合格</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="76"/>
        <source>✗ Failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="77"/>
        <source>– Not checked</source>
        <translation>– 未確認</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="98"/>
        <source>Test the connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="99"/>
        <source>Check that Entra ID will be able to reach Webex with this token.</source>
        <translation>Entra ID がこのトークンで Webex に接続できることを確認します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="90"/>
        <source>The wizard calls the Webex provisioning (SCIM) service at the tenant URL with the captured token, as Entra ID will. The test reads only; it changes nothing.</source>
        <translation>ウィザードは Entra ID と同じように、取得したトークンを使ってテナント URL の Webex プロビジョニング (SCIM) サービスを呼び出します。このテストは読み取りのみで、何も変更しません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="104"/>
        <source>Webex answers over HTTPS</source>
        <extracomment>The last test&apos;s report and where the credentials it passed were saved (None until then; read by the tests).</extracomment>
        <translation>Webex が HTTPS で応答</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="105"/>
        <source>Webex accepts the token</source>
        <translation>Webex がトークンを受理</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="106"/>
        <source>The account has administrator rights</source>
        <translation>アカウントに管理者権限がある</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="107"/>
        <source>The tenant URL and organization ID are right</source>
        <translation>テナント URL と組織 ID が正しい</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="115"/>
        <source>Run the test &amp;again</source>
        <translation>テストを再実行(&amp;A)</translation>
    </message>
    <message>
        <source>Run the test again</source>
        <translation type="vanished">テストを再実行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="120"/>
        <source>Entra ID&apos;s own Test Connection runs later, once the provisioning job exists.</source>
        <translation>Entra ID 自身の [テスト接続] は、プロビジョニング ジョブの作成後に実行されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="148"/>
        <source>Tenant URL: {url}</source>
        <translation>テナント URL: {url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="162"/>
        <source>Calling Webex at the tenant URL…</source>
        <translation>テナント URL で Webex を呼び出しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="184"/>
        <source>Webex asks to wait {seconds} seconds before the next request; the test continues by itself.</source>
        <translation>Webex から、次の要求まで {seconds} 秒待つよう求められています。テストは自動的に続行されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="252"/>
        <location filename="../../wizard/ui/pages/connection_test.py" line="287"/>
        <source>What to do next: {fix}</source>
        <translation>対処方法: {fix}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="256"/>
        <source>TrackingID: {id}</source>
        <translation>TrackingID: {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="266"/>
        <source>The token, organization ID and tenant URL were saved in the system keyring.</source>
        <translation>トークン、組織 ID、テナント URL をシステムのキーリングに保存しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="270"/>
        <source>The token, organization ID and tenant URL are kept in memory only, as you chose not to remember secrets.</source>
        <translation>シークレットを記憶しないよう選択したため、トークン、組織 ID、テナント URL はメモリ内にのみ保持されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="275"/>
        <source>The token, organization ID and tenant URL are kept in memory; they are saved in the system keyring once the Microsoft sign-in tells the wizard your tenant.</source>
        <translation>トークン、組織 ID、テナント URL はメモリ内に保持され、Microsoft へのサインインでウィザードがテナントを特定した時点で、システムのキーリングに保存されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="288"/>
        <source>Setup can continue; the token is kept in memory for this session.</source>
        <translation>セットアップは続行できます。トークンはこのセッションの間、メモリ内に保持されます。</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>The wizard first calls the Webex provisioning (SCIM) service directly with the captured token.</source>
        <translation type="vanished">ウィザードはまず、取得したトークンを使って Webex のプロビジョニング (SCIM) サービスを直接呼び出します。</translation>
    </message>
    <message>
        <source>Then it asks Entra ID to validate the same credentials, exactly as the provisioning service will use them.</source>
        <translation type="vanished">次に、プロビジョニング サービスが実際に使用するのと同じ方法で同じ資格情報を検証するよう、Entra ID に依頼します。</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="341"/>
        <source>Demo mode: every sign-in and change goes to a simulator on this computer. Your real Microsoft tenant and Webex organization are not touched.</source>
        <extracomment>Room left for a window&apos;s frame and title bar (and a taskbar on a 1366x768 screen).</extracomment>
        <translation>デモ モード: サインインと変更はすべて、このコンピューター上のシミュレーターに送られます。実際の Microsoft テナントと Webex 組織には一切影響しません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="352"/>
        <source>Demo mode: every sign-in and change goes to a simulator on this computer. Your real Microsoft tenant and Webex organization are not touched. No system keyring was found, so the demo keeps its sign-ins in memory until it closes.</source>
        <translation>デモ モード: サインインと変更はすべて、このコンピューター上のシミュレーターに送られます。実際の Microsoft テナントと Webex 組織には一切影響しません。システムのキーリングが見つからないため、デモは終了するまでサインイン情報をメモリに保持します。</translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../wizard/ui/demo_start.py" line="60"/>
        <source>Starting the demo services…</source>
        <translation>デモ サービスを開始しています…</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="55"/>
        <source>Your environment</source>
        <translation>ご利用の環境</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="56"/>
        <source>Choose the Microsoft cloud and the Webex environment your organization uses.</source>
        <translation>組織で使用している Microsoft クラウドと Webex 環境を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="47"/>
        <source>Global (login.microsoftonline.com)</source>
        <translation>グローバル (login.microsoftonline.com)</translation>
    </message>
    <message>
        <source>US Government (GCC High and DoD)</source>
        <translation type="vanished">米国政府 (GCC High および DoD)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="31"/>
        <source>Webex for Government: Cisco says admin tokens last no longer than 12 hours. Entra ID keeps using the token the wizard gives it, so provisioning stops when it expires unless the token is renewed (repair mode). Ask Cisco how to keep provisioning running for Webex for Government.</source>
        <extracomment>Cisco, &quot;Create a FedRAMP Integration&quot; (https://developer.webex.com/docs/api/guides/create-a-fedramp-integration).</extracomment>
        <translation>Webex for Government: Cisco によると、管理者トークンの有効期間は最長 12 時間です。Entra ID はウィザードが渡したトークンを使い続けるため、トークンを更新しない限り (修復モード)、期限切れになるとプロビジョニングが停止します。Webex for Government でプロビジョニングを継続する方法は Cisco にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="48"/>
        <source>US Government (GCC High)</source>
        <translation>米国政府 (GCC High)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="49"/>
        <source>US Government DoD (dod-graph.microsoft.us)</source>
        <translation>米国政府 DoD (dod-graph.microsoft.us)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="50"/>
        <source>China (operated by 21Vianet)</source>
        <translation>中国 (21Vianet が運営)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="53"/>
        <source>Commercial</source>
        <translation>商用</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="54"/>
        <source>Webex for Government (FedRAMP)</source>
        <translation>Webex for Government (FedRAMP)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="61"/>
        <source>Microsoft Entra cloud</source>
        <translation>Microsoft Entra クラウド</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="64"/>
        <source>Webex</source>
        <translation>Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="75"/>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="121"/>
        <location filename="../../wizard/ui/pages/environment.py" line="220"/>
        <source>Application (client) ID</source>
        <translation>アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="125"/>
        <source>Leave empty to use Microsoft&apos;s own &quot;Microsoft Graph Command Line Tools&quot; app, or enter your organization&apos;s app registration.</source>
        <translation>Microsoft 提供の「Microsoft Graph Command Line Tools」アプリを使用する場合は空のままにします。組織で登録したアプリを使用する場合は、その ID を入力してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="133"/>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="137"/>
        <source>Leave empty to sign in to any organization, or enter a tenant ID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>どの組織にもサインインできるようにするには空のままにします。特定の組織を指定する場合は、テナント ID または確認済みドメイン (contoso.onmicrosoft.com など) を入力してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="206"/>
        <source>This is not a valid tenant. {reason}</source>
        <translation>有効なテナントではありません。{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="211"/>
        <source>This is not a valid application (client) ID. {reason}</source>
        <translation>有効なアプリケーション (クライアント) ID ではありません。{reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="221"/>
        <source>Webex sign-in host</source>
        <translation>Webex サインイン ホスト</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="222"/>
        <source>Webex API address</source>
        <translation>Webex API アドレス</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="223"/>
        <source>Webex tenant URL given to Entra ID</source>
        <translation>Entra ID に設定する Webex テナント URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="224"/>
        <source>Webex SCIM 2 address</source>
        <translation>Webex SCIM 2 アドレス</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="225"/>
        <source>Webex sign-in client ID</source>
        <translation>Webex サインイン クライアント ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="226"/>
        <source>Microsoft sign-in host</source>
        <translation>Microsoft サインイン ホスト</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="227"/>
        <source>Microsoft Graph address</source>
        <translation>Microsoft Graph アドレス</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="241"/>
        <source>Not confirmed by a public Microsoft or Cisco source for this environment. If a later step fails, ask your Microsoft or Cisco contact for the right value and set it in the configuration file:</source>
        <translation>次の値は、この環境について Microsoft または Cisco の公開情報で確認されていません。後の手順が失敗した場合は、Microsoft または Cisco の担当者に正しい値を問い合わせ、構成ファイルに設定してください:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="248"/>
        <source>• {name}: {value}</source>
        <translation>• {name}: {value}</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="422"/>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="141"/>
        <location filename="../../wizard/ui/widgets.py" line="425"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="441"/>
        <source>What to do next: {fix}</source>
        <translation>対処方法: {fix}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="447"/>
        <source>Support ids: {ids}</source>
        <translation>サポート用 ID: {ids}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="465"/>
        <source>Error type: {code}</source>
        <translation>エラーの種類: {code}</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../../wizard/ui/app.py" line="124"/>
        <source>Webex Provisioning Wizard</source>
        <extracomment>A smoke run that has not painted its first page by then has failed.</extracomment>
        <translation>Webex プロビジョニング ウィザード</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/app.py" line="133"/>
        <source>{why}

What to do next: {fix}</source>
        <translation>{why}

対処方法: {fix}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="128"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="129"/>
        <source>A summary of the connection and what to do next.</source>
        <translation>接続の概要と、次に行うこと。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="57"/>
        <source>Keep it healthy</source>
        <translation>正常な状態を保つ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="61"/>
        <source>Assigned users and groups</source>
        <translation>割り当てられたユーザーとグループ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="64"/>
        <source>Admin consoles</source>
        <translation>管理コンソール</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="66"/>
        <source>Open in Entra admin center</source>
        <translation>Entra 管理センターで開く</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="71"/>
        <source>Open Control Hub</source>
        <translation>Control Hub を開く</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="76"/>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="102"/>
        <source>exists in Webex</source>
        <translation>Webex に登録済み</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="102"/>
        <source>not in Webex yet</source>
        <translation>Webex に未登録</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="108"/>
        <source>All users and groups</source>
        <translation>すべてのユーザーとグループ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="110"/>
        <source>Only assigned users and groups</source>
        <translation>割り当てられたユーザーとグループのみ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="143"/>
        <source>Provisioning from Entra ID to Webex is set up.</source>
        <translation>Entra ID から Webex へのプロビジョニングが設定されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="145"/>
        <source>The setup did not run to the end: nothing below was confirmed.</source>
        <translation>セットアップは最後まで実行されませんでした。以下の内容は確認されていません。</translation>
    </message>
    <message>
        <source>The Webex token expires on {date}. Renew it before {renew} with Repair: run the wizard again and choose Repair, sign in to Webex, and the new token is saved in Entra ID. Provisioning stops when it expires.</source>
        <translation type="vanished">Webex トークンの有効期限は {date} です。{renew} より前に修復機能で更新してください。ウィザードをもう一度実行して [修復] を選択し、Webex にサインインすると、新しいトークンが Entra ID に保存されます。トークンの有効期限が切れると、プロビジョニングは停止します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="153"/>
        <source>None chosen in this run.</source>
        <translation>今回の実行では選択されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="191"/>
        <source>The Webex token expires on {date}. Renew it before {renew}: run the wizard again and choose Renew the Webex token, sign in to Webex, and the new token is saved in Entra ID. Provisioning stops when it expires.</source>
        <translation>Webex トークンの有効期限は {date} です。{renew} より前に更新してください。ウィザードをもう一度実行して [Webex トークンを更新] を選択し、Webex にサインインすると、新しいトークンが Entra ID に保存されます。有効期限が切れるとプロビジョニングは停止します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="199"/>
        <source>The token belongs to the Webex administrator who signed in: resetting that administrator&apos;s access in Control Hub revokes it, and provisioning stops until the token is renewed.</source>
        <translation>トークンはサインインした Webex 管理者のものです。Control Hub でその管理者のアクセスをリセットするとトークンは失効し、トークンを更新するまでプロビジョニングは停止します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="213"/>
        <source>Entra admin center: {url}</source>
        <translation>Entra 管理センター: {url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="214"/>
        <source>Control Hub: {url}</source>
        <translation>Control Hub: {url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="219"/>
        <source>Demo mode: these are the real consoles, which the simulator does not change, so the buttons do not open them.</source>
        <translation>デモ モード: これらはシミュレーターが変更しない実際のコンソールのため、ボタンを押しても開きません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="233"/>
        <source>Save the setup report</source>
        <translation>セットアップ レポートの保存</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="236"/>
        <source>Plain text (*.txt)</source>
        <translation>プレーン テキスト (*.txt)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="237"/>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="271"/>
        <source>Could not save the report to {path}: {reason}</source>
        <translation>レポートを {path} に保存できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="277"/>
        <source>Report saved to {path}</source>
        <translation>レポートを {path} に保存しました</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>This page summarises what was set up and when the Webex token expires, so you can plan its renewal.</source>
        <translation type="vanished">このページには、設定した内容と Webex トークンの有効期限がまとめて表示されるので、トークンの更新を計画できます。</translation>
    </message>
    <message>
        <source>You can save a report to share with your team or with support.</source>
        <translation type="vanished">チームやサポートと共有するためのレポートを保存できます。</translation>
    </message>
</context>
<context>
    <name>FinishUpkeep</name>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="48"/>
        <source>A daily check warns {days} days before the Webex token expires and when provisioning stops. This entry runs it every morning:</source>
        <translation>毎日のチェックは、Webex トークンの有効期限が切れる {days} 日前と、プロビジョニングが停止したときに警告します。次のエントリが毎朝チェックを実行します:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="56"/>
        <source>Scheduled task entry</source>
        <translation>スケジュールされたタスクのエントリ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="62"/>
        <source>&amp;Schedule the daily check</source>
        <translation>毎日のチェックをスケジュール(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="65"/>
        <source>Save a calendar &amp;reminder…</source>
        <translation>カレンダーのリマインダーを保存(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="79"/>
        <source>Demo mode: nothing is scheduled, the simulator stops with the demo. This is the entry a real setup creates.</source>
        <translation>デモ モード: 何もスケジュールされません。シミュレーターはデモと共に停止します。これは実際のセットアップで作成されるエントリです。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="106"/>
        <source>Scheduling the daily check…</source>
        <translation>毎日のチェックをスケジュールしています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="114"/>
        <source>Could not schedule the check: {reason}</source>
        <translation>チェックをスケジュールできませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="119"/>
        <source>The daily check is scheduled. Forget saved sign-ins (start page) removes it.</source>
        <translation>毎日のチェックをスケジュールしました。スタート ページの [保存済みのサインインを消去] で削除できます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="124"/>
        <source>Save a calendar reminder</source>
        <translation>カレンダーのリマインダーを保存</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="127"/>
        <source>Calendar (*.ics)</source>
        <translation>カレンダー (*.ics)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="139"/>
        <source>Renew the Webex token for Entra ID provisioning</source>
        <translation>Entra ID プロビジョニング用の Webex トークンを更新</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="141"/>
        <source>The Webex token Entra ID uses for provisioning expires on {date}. Run the Webex Provisioning Wizard and choose Renew the Webex token.</source>
        <translation>Entra ID がプロビジョニングに使用する Webex トークンの有効期限は {date} です。Webex プロビジョニング ウィザードを実行し、[Webex トークンを更新] を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="147"/>
        <source>Saving the reminder…</source>
        <translation>リマインダーを保存しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="150"/>
        <source>Reminder saved to {path}</source>
        <translation>リマインダーを {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="81"/>
        <source>Cisco Webex enterprise app</source>
        <translation>Cisco Webex エンタープライズ アプリケーション</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="82"/>
        <source>Find the Cisco Webex app in your tenant, or add it from the Entra app gallery.</source>
        <translation>テナント内の Cisco Webex アプリケーションを見つけるか、Entra アプリケーション ギャラリーから追加します。</translation>
    </message>
    <message>
        <source>Look again</source>
        <extracomment>Replication wait policy; tests shorten the limit.</extracomment>
        <translation type="vanished">再検索</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="72"/>
        <source>Name of the app in your tenant</source>
        <translation>テナントでのアプリケーション名</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="86"/>
        <source>Hide the app from users&apos; My Apps portal (recommended by Cisco)</source>
        <translation>ユーザーのマイ アプリ ポータルにアプリケーションを表示しない (Cisco 推奨)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="94"/>
        <source>Users do not need a Webex tile in My Apps; provisioning works either way. The wizard adds the HideApp tag to the app, which is believed to be what the Entra admin center&apos;s &quot;Visible to users? No&quot; sets. Microsoft does not document this, so check the app&apos;s Properties page if it matters to you.</source>
        <translation>ユーザーにはマイ アプリの Webex タイルは必要ありません。どちらの場合もプロビジョニングは機能します。ウィザードはアプリケーションに HideApp タグを追加します。これは Entra 管理センターの「ユーザーに表示しますか? いいえ」と同じ設定だと考えられていますが、Microsoft は文書化していません。重要な場合は、アプリケーションの [プロパティ] ページを確認してください。</translation>
    </message>
    <message>
        <source>Add Cisco Webex to my tenant</source>
        <translation type="vanished">テナントに Cisco Webex を追加</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="50"/>
        <source>&amp;Look again</source>
        <extracomment>The app role assignments of a new app get (its roles are not known before it exists); Microsoft&apos;s tutorial assigns users with &quot;User&quot;: https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial</extracomment>
        <translation>もう一度探す(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="110"/>
        <source>Sign in to Microsoft first: go Back to the sign-in page.</source>
        <translation>先に Microsoft にサインインしてください。[戻る] でサインイン ページに戻れます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="132"/>
        <source>Looking for the Cisco Webex app…</source>
        <translation>Cisco Webex アプリケーションを探しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="146"/>
        <source>The Cisco Webex app cannot be added.</source>
        <translation>Cisco Webex アプリケーションを追加できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="159"/>
        <source>Your tenant already has the &quot;{name}&quot; app (object ID {id}). The wizard uses it; nothing is added, and its visibility in My Apps is left as it is.</source>
        <translation>テナントには既に「{name}」アプリケーション (オブジェクト ID {id}) があります。ウィザードはこれを使用します。何も追加せず、マイ アプリでの表示設定もそのままにします。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="169"/>
        <source>provisioning job: {status}</source>
        <translation>プロビジョニング ジョブ: {status}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="171"/>
        <source>no provisioning job</source>
        <translation>プロビジョニング ジョブなし</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="174"/>
        <source>single sign-on: {mode}</source>
        <translation>シングル サインオン: {mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="176"/>
        <source>no single sign-on mode set</source>
        <translation>シングル サインオン: 未設定</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="179"/>
        <source>created {date}</source>
        <translation>作成日 {date}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="181"/>
        <source>creation date not reported by Microsoft Graph</source>
        <translation>作成日は Microsoft Graph で未提供</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="183"/>
        <source>Object ID {id} · {job} · {sso} · {created}</source>
        <translation>オブジェクト ID {id} · {job} · {sso} · {created}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="196"/>
        <source>Your tenant has {count} &quot;Cisco Webex&quot; apps. Only one should provision users to Webex. Pick the one that already has a provisioning job, or the one your single sign-on uses; the others are left unchanged.</source>
        <translation>テナントに「Cisco Webex」アプリケーションが {count} 個あります。Webex にユーザーをプロビジョニングするのは 1 つだけにしてください。既にプロビジョニング ジョブがあるもの、またはシングル サインオンで使用しているものを選択してください。その他は変更されません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="207"/>
        <source>{name} (has the provisioning job)</source>
        <translation>{name} (プロビジョニング ジョブあり)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="237"/>
        <source>Your tenant has no Cisco Webex app yet. The wizard adds it from the Entra gallery when you click Apply on the Review page: nothing is added before then. Entra ID then needs a little while (usually under a minute) before the app can be configured; Apply waits for it.</source>
        <translation>テナントにはまだ Cisco Webex アプリケーションがありません。確認ページで [適用] をクリックすると、ウィザードが Entra ギャラリーからアプリケーションを追加します。それまでは何も追加されません。その後、アプリケーションを構成できるようになるまで Entra ID で少し時間がかかります (通常は 1 分未満)。[適用] はそれを待ちます。</translation>
    </message>
    <message>
        <source>Your tenant has no Cisco Webex app yet. Adding it creates one enterprise app from the Entra gallery; Entra ID then needs a little while (usually under a minute) before it can be configured.</source>
        <translation type="vanished">テナントにはまだ Cisco Webex アプリケーションがありません。追加すると、Entra ギャラリーからエンタープライズ アプリケーションが 1 つ作成されます。その後、構成できるようになるまで Entra ID で少し時間 (通常は 1 分以内) がかかります。</translation>
    </message>
    <message>
        <source>Adding the Cisco Webex app…</source>
        <translation type="vanished">Cisco Webex アプリケーションを追加しています…</translation>
    </message>
    <message>
        <source>Hiding the app from My Apps…</source>
        <translation type="vanished">マイ アプリでアプリケーションを非表示にしています…</translation>
    </message>
    <message>
        <source>Added &quot;{name}&quot; to your tenant (object ID {id}). Entra ID is still finishing it; the wizard waits until the app can be configured and never adds it twice.</source>
        <translation type="vanished">テナントに「{name}」を追加しました (オブジェクト ID {id})。Entra ID ではまだ作成処理中です。ウィザードはアプリケーションを構成できるようになるまで待機し、二重に追加することはありません。</translation>
    </message>
    <message>
        <source>Waiting for Entra ID to finish creating the app… {seconds} s (usually under a minute; the wizard waits up to {minutes} minutes)</source>
        <translation type="vanished">Entra ID でアプリケーションの作成が完了するのを待っています… {seconds} 秒 (通常は 1 分以内。ウィザードは最大 {minutes} 分待ちます)</translation>
    </message>
    <message>
        <source>The Cisco Webex app is ready.</source>
        <translation type="vanished">Cisco Webex アプリケーションの準備ができました。</translation>
    </message>
    <message>
        <source>Added &quot;{name}&quot; to your tenant (object ID {id}). Entra ID finished creating it after {seconds} seconds.</source>
        <translation type="vanished">テナントに「{name}」を追加しました (オブジェクト ID {id})。Entra ID での作成は {seconds} 秒後に完了しました。</translation>
    </message>
    <message>
        <source>Found the existing app &quot;{name}&quot; (object ID {id}) just before adding one, so nothing was added.</source>
        <translation type="vanished">追加する直前に既存のアプリケーション「{name}」(オブジェクト ID {id}) が見つかったため、何も追加しませんでした。</translation>
    </message>
    <message>
        <source>Left visible in users&apos; My Apps portal, as you chose.</source>
        <translation type="vanished">選択したとおり、ユーザーのマイ アプリ ポータルに表示したままにしました。</translation>
    </message>
    <message>
        <source>Already hidden from users&apos; My Apps portal.</source>
        <translation type="vanished">ユーザーのマイ アプリ ポータルでは既に非表示になっています。</translation>
    </message>
    <message>
        <source>Hidden from users&apos; My Apps portal (HideApp tag added).</source>
        <translation type="vanished">ユーザーのマイ アプリ ポータルで非表示にしました (HideApp タグを追加)。</translation>
    </message>
    <message>
        <source>Not hidden from My Apps: {reason} The app works anyway; to hide it, set &quot;Visible to users?&quot; to No in its Properties in the Entra admin center.</source>
        <translation type="vanished">マイ アプリで非表示にできませんでした: {reason} アプリケーションはそのままでも動作します。非表示にするには、Entra 管理センターでアプリケーションの [プロパティ] にある「ユーザーに表示しますか?」を「いいえ」に設定してください。</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>If your tenant already has the Cisco Webex enterprise app, the wizard reuses it.</source>
        <translation type="vanished">テナントに Cisco Webex エンタープライズ アプリケーションが既にある場合、ウィザードはそれを再利用します。</translation>
    </message>
    <message>
        <source>Otherwise it adds the app from the gallery and waits until Entra ID has finished creating it, which can take a minute.</source>
        <translation type="vanished">ない場合は、ギャラリーからアプリケーションを追加し、Entra ID での作成が完了するまで待ちます。これには 1 分ほどかかることがあります。</translation>
    </message>
</context>
<context>
    <name>GraphStatus</name>
    <message>
        <location filename="../../wizard/ui/words.py" line="24"/>
        <source>Active</source>
        <extracomment>Graph&apos;s value (lower case, without spaces) -&gt; its English word, translated in context &quot;GraphStatus&quot;.</extracomment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="25"/>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="26"/>
        <source>Quarantine</source>
        <translation>検疫</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="27"/>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="28"/>
        <source>Not configured</source>
        <translation>未構成</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="29"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="30"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="31"/>
        <source>Finished with errors for some users</source>
        <translation>一部のユーザーでエラーが発生して完了</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="32"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="33"/>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="34"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="35"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="36"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="66"/>
        <source>every {minutes} minutes</source>
        <translation>{minutes} 分ごと</translation>
    </message>
</context>
<context>
    <name>MicrosoftSignInPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="64"/>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="340"/>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="81"/>
        <source>Sign in to Microsoft</source>
        <translation>Microsoft にサインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="65"/>
        <source>Sign in with your Entra administrator account.</source>
        <translation>Entra の管理者アカウントでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="62"/>
        <source>Use an account with the Cloud Application Administrator, Application Administrator or Global Administrator role. Microsoft asks you to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant. The sign-in window keeps no cookies or history on this computer.</source>
        <extracomment>The &quot;cancelled&quot; error this page shows when the sign-in window is closed.</extracomment>
        <translation>クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者のロールを持つアカウントを使用してください。Microsoft から、テナントのエンタープライズ アプリケーション、アプリの割り当て、プロビジョニングの管理をウィザードに許可するよう求められます。サインイン ウィンドウは、このコンピューターに Cookie や履歴を残しません。</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="vanished">別のアカウントでサインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="94"/>
        <source>Other ways to sign in</source>
        <translation>その他のサインイン方法</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="98"/>
        <source>If your organization only allows sign-in from a managed device (Conditional Access), or the window cannot show a verification step, sign in with your system browser or with a code on another device.</source>
        <translation>組織で管理対象デバイスからのサインインのみが許可されている場合 (条件付きアクセス) や、ウィンドウに確認の手順が表示されない場合は、システム ブラウザーを使用するか、別のデバイスでコードを使用してサインインしてください。</translation>
    </message>
    <message>
        <source>Use my system browser</source>
        <translation type="vanished">システム ブラウザーを使用</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation type="vanished">コードでサインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="79"/>
        <source>&amp;Sign in</source>
        <extracomment>The store the sign-in is kept in (or why not), once known. Tenant of the last sign-in; the app chosen or created belongs to it.</extracomment>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="82"/>
        <source>Sign in as &amp;someone else</source>
        <translation>別のアカウントでサインイン(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="106"/>
        <source>Use my s&amp;ystem browser</source>
        <translation>システム ブラウザーを使用(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="109"/>
        <source>Sign in with a co&amp;de</source>
        <translation>コードでサインイン(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="121"/>
        <source>Signed in as</source>
        <translation>サインイン中のアカウント</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="122"/>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="123"/>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="124"/>
        <source>Primary domain</source>
        <translation>プライマリ ドメイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="144"/>
        <source>You are not signed in yet.</source>
        <translation>まだサインインしていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="159"/>
        <source>You are signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="162"/>
        <source>{name} ({upn})</source>
        <translation>{name} ({upn})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="192"/>
        <source>Your sign-in is kept in the system&apos;s secure credential store, so the next run signs in without asking while Microsoft allows it.</source>
        <translation>サインイン情報はシステムの安全な資格情報ストアに保持されるため、Microsoft が許可している間は、次回の実行時に確認なしでサインインします。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="201"/>
        <source>Your sign-in will not be remembered on this computer: {why}</source>
        <translation>このコンピューターにはサインイン情報は記憶されません: {why}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="222"/>
        <source>Looking for a saved Microsoft sign-in…</source>
        <translation>保存済みの Microsoft サインインを探しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="253"/>
        <source>Your saved sign-in has expired. Sign in again.</source>
        <translation>保存済みのサインインの有効期限が切れています。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="293"/>
        <source>Reading your tenant&apos;s details…</source>
        <translation>テナントの詳細を読み取っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="307"/>
        <source>Signing in in the Microsoft window…</source>
        <translation>Microsoft のウィンドウでサインインしています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="371"/>
        <source>Finish signing in in your web browser. The wizard waits up to {minutes} minutes; Cancel stops waiting here (close the browser tab too).</source>
        <translation>Web ブラウザーでサインインを完了してください。ウィザードは最大 {minutes} 分待ちます。[キャンセル] を押すと、ここでの待機を中止します (ブラウザーのタブも閉じてください)。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="386"/>
        <source>Getting a sign-in code…</source>
        <translation>サインイン コードを取得しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="395"/>
        <source>On any device, open {url} and enter this code. The wizard continues by itself when you have signed in.</source>
        <translation>任意のデバイスで {url} を開き、このコードを入力してください。サインインすると、ウィザードは自動的に続行します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="401"/>
        <source>Waiting for you to sign in with the code…</source>
        <translation>コードによるサインインを待っています…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>A Microsoft sign-in window opens inside this app. It keeps no cookies or history on this computer.</source>
        <translation type="vanished">このアプリ内に Microsoft のサインイン ウィンドウが開きます。このウィンドウは、このコンピューターに Cookie や履歴を残しません。</translation>
    </message>
    <message>
        <source>You are asked to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant.</source>
        <translation type="vanished">テナントのエンタープライズ アプリケーション、アプリの割り当て、プロビジョニングの管理をウィザードに許可するよう求められます。</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="76"/>
        <source>OK</source>
        <extracomment>The finding whose &quot;Restore it now&quot; runs the admin consent.</extracomment>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="77"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="78"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="101"/>
        <source>&amp;Restore it now (admin consent)</source>
        <translation>今すぐ復元 (管理者の同意)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="72"/>
        <source>Pre-flight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="73"/>
        <source>Make sure everything the setup relies on is in place before anything is changed.</source>
        <translation>何かを変更する前に、セットアップに必要なものがすべてそろっていることを確認します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="111"/>
        <source>The wizard checks your Entra roles, looks for an existing &quot;Cisco Webex&quot; enterprise app and its provisioning job, and for the &quot;Cisco Webex Identity Integration&quot; app. Nothing is changed here.</source>
        <translation>ウィザードは Entra ロールを確認し、既存の「Cisco Webex」エンタープライズ アプリケーションとそのプロビジョニング ジョブ、および「Cisco Webex Identity Integration」アプリケーションを探します。ここでは何も変更しません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="125"/>
        <source>Check again</source>
        <extracomment>The admin-consent window while &quot;Restore it now&quot; runs (tests drive it).</extracomment>
        <translation>再確認</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="132"/>
        <source>Sign in to Microsoft first: go Back to the sign-in page.</source>
        <translation>先に Microsoft にサインインしてください。[戻る] でサインイン ページに戻れます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="146"/>
        <source>Checking your roles and existing apps…</source>
        <translation>ロールと既存のアプリケーションを確認しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="172"/>
        <source>Setup cannot continue until the failed check is fixed.</source>
        <translation>失敗したチェック項目を解決するまで、セットアップを続行できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="175"/>
        <source>All set. Next skips adding the app and goes to the Webex sign-in.</source>
        <translation>準備完了です。[次へ] を押すと、アプリケーションの追加をスキップして Webex へのサインインに進みます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="178"/>
        <source>All set. Click Next to continue.</source>
        <translation>準備完了です。[次へ] をクリックして続行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="191"/>
        <source>Waiting for a Global Administrator to accept in the Microsoft window…</source>
        <translation>Microsoft のウィンドウでグローバル管理者が承諾するのを待っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="207"/>
        <source>Admin consent for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration に対する管理者の同意</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="219"/>
        <source>Consent given. Waiting for Entra ID to show the app…</source>
        <translation>同意しました。Entra ID にアプリケーションが表示されるのを待っています…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>The wizard checks that your account holds one of the required Entra roles.</source>
        <translation type="vanished">ウィザードは、アカウントに必要な Entra ロールのいずれかがあることを確認します。</translation>
    </message>
    <message>
        <source>It looks for an existing &quot;Cisco Webex&quot; enterprise app and for the &quot;Cisco Webex Identity Integration&quot; app that provisioning depends on.</source>
        <translation type="vanished">既存の「Cisco Webex」エンタープライズ アプリケーションと、プロビジョニングに必要な「Cisco Webex Identity Integration」アプリケーションを探します。</translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="49"/>
        <source>OK</source>
        <extracomment>Traffic-light colour kinds (style.colour picks the shade that reads on the current palette). Statuses a Fix button is offered for.</extracomment>
        <translation>問題なし</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="50"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="51"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="52"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="53"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="59"/>
        <source>Re-consent</source>
        <translation>再同意</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="60"/>
        <source>Renew token</source>
        <translation>トークンを更新</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="61"/>
        <source>Restart job</source>
        <translation>ジョブを再開</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="62"/>
        <source>Re-create in setup…</source>
        <translation>セットアップで再作成…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="63"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="64"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="126"/>
        <location filename="../../wizard/ui/repair/report_view.py" line="162"/>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="123"/>
        <source>Re-check</source>
        <extracomment>Display order of statuses: what needs the admin comes first. The admin chose Re-create: the window hands over to the setup wizard. A new report is on screen (tests and the window&apos;s title wait on it). An error to show under the report once it is on screen (load or sign-in failure).</extracomment>
        <translation>再チェック</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="126"/>
        <source>Fix all</source>
        <translation>すべて修正</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="129"/>
        <source>Export report…</source>
        <translation>レポートのエクスポート…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="218"/>
        <source>Everything checked is working: {n} of {n} checks OK.</source>
        <translation>チェックしたすべての項目が正常です: {n} 件中 {n} 件が正常。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="221"/>
        <source>{ok} of {n} checks OK, {failed} failed, {warnings} with warnings, {other} not checked. Fix what is marked, or export the report for support.</source>
        <translation>{n} 件のチェックのうち、正常 {ok} 件、失敗 {failed} 件、警告あり {warnings} 件、未確認 {other} 件。マークされた項目を修正するか、サポート用にレポートをエクスポートしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="215"/>
        <location filename="../../wizard/ui/repair/page.py" line="236"/>
        <source>Reading what setup saved…</source>
        <translation>セットアップで保存された情報を読み取っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="257"/>
        <source>Running the checks…</source>
        <translation>チェックを実行しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="35"/>
        <source>Signing in to Microsoft with your saved sign-in…</source>
        <translation>保存済みのサインインで Microsoft にサインインしています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="48"/>
        <source>Sign in to Microsoft in the window that opened…</source>
        <translation>開いたウィンドウで Microsoft にサインインしてください…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="70"/>
        <source>Setup opens to re-create what is missing; this report runs again after it.</source>
        <extracomment>Fixes &quot;Fix all&quot; runs by itself, in report order. Re-create hands over to setup and Retry is only a re-check, so neither belongs in an unattended sequence.</extracomment>
        <translation>不足しているものを再作成するためにセットアップが開きます。完了後、このレポートがもう一度実行されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="80"/>
        <source>Fixing: {title}…</source>
        <translation>修正中: {title}…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="92"/>
        <source>Fixing everything that can be fixed here…</source>
        <translation>ここで修正できるものをすべて修正しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="115"/>
        <source>Nothing here could be fixed automatically.</source>
        <translation>ここで自動的に修正できるものはありませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="142"/>
        <source>Signed in to Microsoft.</source>
        <translation>Microsoft にサインインしました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="144"/>
        <source>Nothing was changed; the checks ran again.</source>
        <translation>何も変更されていません。チェックをもう一度実行しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="161"/>
        <source>Restarting the provisioning job…</source>
        <translation>プロビジョニング ジョブを再開しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="129"/>
        <source>{result} The check still reports: {finding}</source>
        <translation>{result} チェックの結果は引き続き次のとおりです: {finding}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="178"/>
        <source>Waiting for a Global Administrator to accept in the Microsoft window…</source>
        <translation>Microsoft のウィンドウでグローバル管理者が承諾するのを待っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="206"/>
        <source>Consent given. Waiting for Entra ID to show the Cisco Webex Identity Integration app… ({seconds} s)</source>
        <translation>同意しました。Entra ID に Cisco Webex Identity Integration アプリケーションが表示されるのを待っています… ({seconds} 秒)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="225"/>
        <source>Admin consent for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration に対する管理者の同意</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="240"/>
        <source>Sign in to Webex as a Full Administrator in the window that opened…</source>
        <translation>開いたウィンドウで、フル管理者として Webex にサインインしてください…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="248"/>
        <source>Sign in to Webex to renew the token</source>
        <translation>トークンを更新するには Webex にサインインしてください</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="251"/>
        <source>Testing the new token and giving it to Entra ID…</source>
        <translation>新しいトークンをテストし、Entra ID に設定しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="281"/>
        <source>Export report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="286"/>
        <source>HTML page (*.html)</source>
        <translation>HTML ページ (*.html)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="287"/>
        <source>Text file (*.txt)</source>
        <translation>テキスト ファイル (*.txt)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="307"/>
        <source>Report saved to {path}.</source>
        <translation>レポートを {path} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="209"/>
        <source>Checked {done} of {total}: {title}</source>
        <translation>{total} 件中 {done} 件を確認: {title}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="119"/>
        <source>Webex provisioning repair report</source>
        <translation>Webex プロビジョニング修復レポート</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="120"/>
        <source>Overall: {status}</source>
        <translation>全体の状態: {status}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="124"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="125"/>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Checking: {title}…</source>
        <translation type="vanished">確認中: {title}…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="vanished">完了しました。</translation>
    </message>
</context>
<context>
    <name>RepairWindow</name>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="52"/>
        <source>Repair Webex provisioning</source>
        <extracomment>The setup page Re-create opens: signing in again is quick (silent from the cache) and the pre-flight and gallery pages that follow find what still exists and create what is missing.</extracomment>
        <translation>Webex プロビジョニングの修復</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="55"/>
        <source>{title} (Demo)</source>
        <translation>{title} (デモ)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="76"/>
        <source>The wizard checks every link from Entra ID to Webex and says what is broken, why, and how to fix it. Nothing changes until you click a Fix.</source>
        <translation>ウィザードは Entra ID から Webex までのすべてのつながりをチェックし、何が壊れているか、その原因と修正方法を示します。修正ボタンをクリックするまで、何も変更されません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="92"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>already done</source>
        <translation type="vanished">完了済み</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="68"/>
        <source>already set up</source>
        <translation>設定済み</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="114"/>
        <source>Review the changes</source>
        <translation>変更内容の確認</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="115"/>
        <source>Check the exact list of changes before anything is made.</source>
        <translation>何かを変更する前に、変更内容の一覧を確認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="91"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="83"/>
        <source>Nothing has been changed in your tenant or organization yet. When you click Apply, the wizard makes these changes in Entra ID, in this order:</source>
        <translation>テナントや組織ではまだ何も変更されていません。[適用] をクリックすると、ウィザードは Entra ID で次の変更をこの順番で行います:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="98"/>
        <source>Also checked (changes nothing)</source>
        <extracomment>Accidental-deletion prevention: what the save does to it (the wizard never turns it off).</extracomment>
        <translation>あわせて確認した項目 (変更なし)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="100"/>
        <source>Show &amp;details (the Microsoft Graph calls)</source>
        <translation>詳細を表示 (Microsoft Graph の呼び出し)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="106"/>
        <source>Running the wizard again is safe: it checks the tenant first and skips what is already done.</source>
        <translation>ウィザードはもう一度実行しても安全です。最初にテナントを確認し、既に完了しているものはスキップします。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="143"/>
        <source>Choose who is provisioned first: go Back.</source>
        <translation>先にプロビジョニングの対象を選択してください。[戻る] で前に戻れます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="153"/>
        <source>Reading your tenant to list the changes…</source>
        <translation>変更の一覧を作成するためにテナントを読み取っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="182"/>
        <source>{todo} changes to make, {done} already set up.</source>
        <translation>実行する変更 {todo} 件、設定済み {done} 件。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="192"/>
        <source>Accidental-deletion prevention: turned on (at most {value} deletions per run), as Microsoft recommends.</source>
        <translation>誤削除の防止: Microsoft の推奨に従ってオンにします (1 回の実行で最大 {value} 件の削除)。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="196"/>
        <source>Accidental-deletion prevention: on (at most {value} deletions per run), kept as it is.</source>
        <translation>誤削除の防止: オン (1 回の実行で最大 {value} 件の削除)。そのまま維持します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="200"/>
        <source>Accidental-deletion prevention: off, kept as it is. Microsoft recommends turning it on in the app&apos;s provisioning settings.</source>
        <translation>誤削除の防止: オフ。そのまま維持します。Microsoft は、アプリのプロビジョニング設定でオンにすることを推奨しています。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="204"/>
        <source>Accidental-deletion prevention: kept as it is (Entra did not let the wizard read it).</source>
        <translation>誤削除の防止: そのまま維持します (Entra がウィザードに設定の読み取りを許可しませんでした)。</translation>
    </message>
    <message>
        <source>{todo} changes to make, {done} already done.</source>
        <translation type="vanished">実行する変更 {todo} 件、完了済み {done} 件。</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>This page lists every change the wizard is about to make in Entra ID, with the values it will use.</source>
        <translation type="vanished">このページには、ウィザードが Entra ID で行うすべての変更と、使用する値が一覧表示されます。</translation>
    </message>
    <message>
        <source>Nothing has been changed in your tenant or organization up to this point.</source>
        <translation type="vanished">この時点まで、テナントや組織では何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="106"/>
        <source>Who is provisioned</source>
        <translation>プロビジョニングの対象</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="107"/>
        <source>Choose the users and groups that get a Webex account.</source>
        <translation>Webex アカウントを付与するユーザーとグループを選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="84"/>
        <source>Scope</source>
        <extracomment>Milliseconds after the last keystroke before searching (one request per pause, not per key). Results asked of Graph per search: enough to find someone, small enough to stay fast. Fewer characters than this match half the tenant; not worth a request. Every search text sent to Graph, for tests (debounce: one per pause).</extracomment>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="87"/>
        <source>Sync only assigned users and groups (recommended by Cisco and Microsoft)</source>
        <translation>割り当てられたユーザーとグループのみを同期する (Cisco と Microsoft が推奨)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="90"/>
        <source>Sync all users and groups in the tenant</source>
        <translation>テナントのすべてのユーザーとグループを同期する</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="99"/>
        <source>Assign users and groups</source>
        <translation>ユーザーとグループの割り当て</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="102"/>
        <source>Start with one test user: assign a single person, check that they arrive in Webex, then come back to add groups. The first user you add is provisioned on demand right after Apply.</source>
        <translation>最初は 1 人のテスト ユーザーから始めてください。1 人を割り当てて Webex に追加されることを確認してから、戻ってグループを追加します。最初に追加したユーザーは、適用の直後にオンデマンドでプロビジョニングされます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="108"/>
        <source>Search users and groups by name or email</source>
        <translation>名前またはメールでユーザーとグループを検索</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>User name or email</source>
        <translation>ユーザー名またはメール</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="118"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="123"/>
        <source>&amp;Add to the assignment list</source>
        <translation>割り当てリストに追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="133"/>
        <source>&amp;Remove from the list</source>
        <translation>リストから削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="27"/>
        <source>Entra ID never sends empty values: clearing an attribute in Entra ID does not clear it in Webex. Clear it in Control Hub too.</source>
        <extracomment>Dark text on the highlight in either palette (the dark palette&apos;s light text would not read). Cisco: &quot;Entra ID doesn&apos;t synchronize null values&quot; (https://help.webex.com/en-us/article/6ta3gz).</extracomment>
        <translation>Entra ID は空の値を送信しません。Entra ID で属性をクリアしても Webex ではクリアされないため、Control Hub でもクリアしてください。</translation>
    </message>
    <message>
        <source>Add to the assignment list</source>
        <translation type="vanished">割り当てリストに追加</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="126"/>
        <source>To be assigned</source>
        <translation>割り当て予定</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="vanished">リストから削除</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="147"/>
        <source>App role</source>
        <translation>アプリ ロール</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="154"/>
        <source>&quot;Default Access&quot; is not offered: Entra ID skips users assigned with it, so they would never reach Webex.</source>
        <translation>「Default Access」(既定のアクセス) は選択できません。Entra ID はこのロールで割り当てられたユーザーをスキップするため、そのユーザーが Webex に届くことはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="161"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="162"/>
        <source>Notification email</source>
        <translation>通知用メール</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="169"/>
        <source>Enter a valid email address.</source>
        <translation>有効なメール アドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="171"/>
        <source>Email me when a failure occurs</source>
        <translation>エラーが発生したときにメールで通知する</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="177"/>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="65"/>
        <source>Attribute mappings</source>
        <translation>属性マッピング</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="180"/>
        <source>Shown for review, not changed: the wizard keeps the mappings of the Cisco Webex app. Change them in the Entra admin center if you need to.</source>
        <translation>確認用に表示しているだけで、変更はしません。ウィザードは Cisco Webex アプリケーションのマッピングをそのまま使用します。必要に応じて Entra 管理センターで変更してください。</translation>
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
        <translation>ジョブ内</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="221"/>
        <source>Sign in to Microsoft and choose the Cisco Webex app first: go Back.</source>
        <extracomment>The table and its note (tests read them).</extracomment>
        <translation>先に Microsoft にサインインし、Cisco Webex アプリケーションを選択してください。[戻る] で前に戻れます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="267"/>
        <source>Reading the app&apos;s roles, assignments and mappings…</source>
        <translation>アプリケーションのロール、割り当て、マッピングを読み取っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="276"/>
        <source>Choose a role…</source>
        <translation>ロールを選択…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="298"/>
        <source>Nobody is assigned to the app yet.</source>
        <translation>アプリケーションにはまだ誰も割り当てられていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="302"/>
        <source>Already assigned ({count}): {names}</source>
        <translation>割り当て済み ({count}): {names}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="76"/>
        <source>In the template</source>
        <translation>テンプレート内</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="96"/>
        <source>The app is added when you click Apply, with the Cisco Webex app&apos;s own mappings; the wizard keeps them.</source>
        <translation>アプリケーションは [適用] をクリックしたときに、Cisco Webex アプリケーション独自のマッピングと共に追加されます。ウィザードはそのマッピングを維持します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="106"/>
        <source>The provisioning job does not exist yet: the third column shows the mappings the Cisco Webex template gives it. {count} differ from the recommended table (highlighted). * = matching attribute.</source>
        <translation>プロビジョニング ジョブはまだありません。3 列目には、Cisco Webex テンプレートがジョブに設定するマッピングが表示されます。{count} 件が推奨の表と異なります (強調表示)。* = 照合属性。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="113"/>
        <source>{count} mappings differ from the recommended table (highlighted). * = matching attribute.</source>
        <translation>{count} 件のマッピングが推奨の表と異なります (強調表示)。* = 照合属性。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="118"/>
        <source>The job uses the recommended mappings. * = matching attribute.</source>
        <translation>ジョブでは推奨のマッピングが使用されています。* = 照合属性。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="125"/>
        <source>✓ same</source>
        <translation>✓ 同じ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="127"/>
        <source>missing</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="128"/>
        <source>different: {source}</source>
        <translation>相違: {source}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="328"/>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="358"/>
        <source>{count} found. Select one and click Add, or double-click it.</source>
        <translation>{count} 件見つかりました。1 つを選択して [割り当てリストに追加] をクリックするか、ダブルクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="364"/>
        <source>No users or groups match.</source>
        <translation>一致するユーザーまたはグループはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="367"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="367"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="396"/>
        <source>Test user (provisioned on demand after Apply): {name}</source>
        <translation>テスト ユーザー (適用後にオンデマンドでプロビジョニング): {name}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="423"/>
        <source>To continue, choose an app role.</source>
        <translation>続行するには、アプリ ロールを選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="425"/>
        <source>To continue, add at least one user or group to the assignment list.</source>
        <translation>続行するには、割り当てリストにユーザーまたはグループを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="427"/>
        <source>To continue, enter a valid notification email.</source>
        <translation>続行するには、有効な通知用メール アドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="462"/>
        <source>{name} ({detail}), {kind}, role {role}</source>
        <translation>{name} ({detail})、{kind}、ロール {role}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="474"/>
        <source>{name}, already assigned</source>
        <translation>{name}、割り当て済み</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>Only users and groups assigned to the app are provisioned.</source>
        <translation type="vanished">アプリケーションに割り当てられたユーザーとグループだけがプロビジョニングされます。</translation>
    </message>
    <message>
        <source>You pick a test user and any groups to assign; each assignment uses a real app role, never &quot;Default Access&quot;.</source>
        <translation type="vanished">テスト ユーザーと、割り当てるグループを選択します。各割り当てには実際のアプリ ロールが使用され、「Default Access」(既定のアクセス) は使用されません。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="78"/>
        <source>Webex Provisioning Wizard</source>
        <extracomment>The pages&apos; 940 px plus the step list. How long after the first paint the window starts preparing the later pages (a --smoke run, which ends at the first paint, has exited by then). The start page&apos;s &quot;Check &amp; repair&quot; (False) / &quot;Renew the Webex token&quot; (True); the window that owns this one (run_gui&apos;s open_window) opens repair on it.</extracomment>
        <translation>Webex プロビジョニング ウィザード</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="80"/>
        <source>{title} (Demo)</source>
        <translation>{title} (デモ)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="253"/>
        <source>Stop the setup?</source>
        <extracomment>The repair window opened from the start page (None until then); its operations are cancelled with this window&apos;s.</extracomment>
        <translation>セットアップを中止しますか?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="255"/>
        <source>You have already signed in or made changes. Changes already made stay in place; you can run the wizard again later to finish or repair the setup.</source>
        <translation>既にサインインしたか、変更を行っています。行った変更はそのまま残ります。後でウィザードをもう一度実行して、セットアップを完了または修復できます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="258"/>
        <source>Stop setup</source>
        <translation>セットアップを中止</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="259"/>
        <source>Continue setup</source>
        <translation>セットアップを続行</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="41"/>
        <source>all checks passed</source>
        <extracomment>The last check&apos;s overall status in words (translated where shown).</extracomment>
        <translation>すべてのチェックに合格</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="42"/>
        <source>passed with warnings</source>
        <translation>警告ありで合格</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="43"/>
        <source>something needs fixing</source>
        <translation>修正が必要な項目あり</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="44"/>
        <source>not confirmed (a service did not answer)</source>
        <translation>未確認 (サービスが応答しませんでした)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="134"/>
        <source>Welcome back</source>
        <translation>おかえりなさい</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="135"/>
        <source>This computer has a saved connection. Choose what to do.</source>
        <translation>このコンピューターには保存された接続があります。実行する操作を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="63"/>
        <source>&amp;Check &amp;&amp; repair</source>
        <extracomment>&quot;Check &amp; repair&quot; (False) or &quot;Renew the Webex token&quot; (True): the wizard opens repair. Where Next goes: Welcome, or the Microsoft sign-in to continue a setup.</extracomment>
        <translation>チェックと修復(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="64"/>
        <source>Run every check from Entra ID to Webex and fix what is broken.</source>
        <translation>Entra ID から Webex までのすべてのチェックを実行し、問題のある箇所を修復します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="69"/>
        <source>C&amp;ontinue the unfinished setup</source>
        <translation>未完了のセットアップを続行(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="70"/>
        <source>Sign in again and finish the setup where it stopped; nothing is made twice.</source>
        <translation>もう一度サインインし、中断したところからセットアップを完了します。何も二重に作成されません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="75"/>
        <source>&amp;Renew the Webex token</source>
        <translation>Webex トークンを更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="76"/>
        <source>Sign in to Webex and give Entra ID a new token before the old one expires.</source>
        <translation>Webex にサインインし、古いトークンの有効期限が切れる前に新しいトークンを Entra ID に設定します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="81"/>
        <source>&amp;Set up a new connection</source>
        <translation>新しい接続をセットアップ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="82"/>
        <source>Connect a Microsoft tenant to a Webex organization, step by step.</source>
        <translation>Microsoft テナントを Webex 組織に順を追って接続します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="87"/>
        <source>&amp;Forget saved sign-ins</source>
        <translation>保存済みのサインインを消去(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="89"/>
        <source>Remove the saved Webex tokens, Microsoft sign-ins, progress and the daily check from this computer. Your tenant and organization are not changed.</source>
        <translation>保存された Webex トークン、Microsoft のサインイン、進行状況、毎日のチェックをこのコンピューターから削除します。テナントと組織は変更されません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="127"/>
        <source>Looking for saved connections…</source>
        <translation>保存された接続を探しています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="150"/>
        <source>Saved sign-ins could not be read: {what}</source>
        <translation>保存済みのサインインを読み取れませんでした: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="165"/>
        <source>Saved connection: Entra tenant {tenant}, Webex organization {org}.</source>
        <translation>保存された接続: Entra テナント {tenant}、Webex 組織 {org}。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="172"/>
        <source>Last check: {when}, {status}.</source>
        <translation>前回のチェック: {when}、{status}。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="178"/>
        <source>No check has run on this computer yet.</source>
        <translation>このコンピューターではまだチェックが実行されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="180"/>
        <source>A setup stopped before it finished.</source>
        <translation>セットアップが完了前に中断されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="201"/>
        <source>Forget the saved sign-ins?</source>
        <translation>保存済みのサインインを消去しますか?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="203"/>
        <source>This removes the saved Webex tokens, Microsoft sign-ins, progress and the daily check from this computer. Your Entra tenant and Webex organization are not changed; repair will ask you to sign in again.</source>
        <translation>保存された Webex トークン、Microsoft のサインイン、進行状況、毎日のチェックがこのコンピューターから削除されます。Entra テナントと Webex 組織は変更されません。修復時にはもう一度サインインを求められます。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="207"/>
        <source>Forget</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="208"/>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="217"/>
        <source>Removing the saved sign-ins…</source>
        <translation>保存済みのサインインを削除しています…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="44"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="54"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="63"/>
        <source>Microsoft sign-in</source>
        <translation>Microsoft サインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="71"/>
        <source>Pre-flight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="80"/>
        <source>Cisco Webex app</source>
        <translation>Cisco Webex アプリケーション</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="89"/>
        <source>Webex sign-in</source>
        <translation>Webex サインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="97"/>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="105"/>
        <source>Who is provisioned</source>
        <translation>プロビジョニングの対象</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="113"/>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="121"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="127"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="28"/>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="49"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="50"/>
        <source>current step</source>
        <translation>現在の手順</translation>
    </message>
</context>
<context>
    <name>WebexBrowserFallback</name>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="77"/>
        <source>Use my &amp;web browser instead</source>
        <translation>代わりに Web ブラウザーを使用(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="86"/>
        <source>Address your browser ended on</source>
        <translation>ブラウザーに最後に表示されたアドレス</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="89"/>
        <source>&amp;Use this address</source>
        <translation>このアドレスを使用(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="114"/>
        <source>Last resort: the wizard cannot see your browser. Sign in there; when it shows an address starting with {prefix}, copy the whole address from its address bar and paste it here. It holds your token: paste it nowhere else.</source>
        <translation>最後の手段: ウィザードからはブラウザーが見えません。ブラウザーでサインインし、{prefix} で始まるアドレスが表示されたら、アドレス バーのアドレス全体をコピーしてここに貼り付けてください。アドレスにはトークンが含まれているため、ほかの場所には貼り付けないでください。</translation>
    </message>
</context>
<context>
    <name>WebexSignInPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="90"/>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="236"/>
        <source>Sign in to Webex</source>
        <translation>Webex にサインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="91"/>
        <source>Sign in with your Webex Full Administrator account.</source>
        <translation>Webex のフル管理者アカウントでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="55"/>
        <source>A Webex sign-in window opens inside this app. It keeps no cookies, so an earlier Webex session cannot sign you in as someone else. The wizard then reads your organization ID and checks your role; you copy nothing by hand.</source>
        <translation>このアプリ内に Webex のサインイン ウィンドウが開きます。Cookie を保持しないため、以前の Webex セッションによって別のユーザーとしてサインインしてしまうことはありません。その後、ウィザードが組織 ID を読み取り、ロールを確認します。手作業でコピーするものはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="77"/>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="389"/>
        <source>&amp;Sign in to Webex</source>
        <extracomment>What the page has so far (read by the tests; Next hands them to the context): the captured token, who it belongs to, the organization and the validated tenant URL. The Webex sign-in host the token was captured from: a token belongs to one environment. Where the sign-in stands, in one line (like the Microsoft sign-in page&apos;s card).</extracomment>
        <translation>Webex にサインイン(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="99"/>
        <source>Signed in as</source>
        <translation>サインイン中のアカウント</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="100"/>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="101"/>
        <source>Full Administrator</source>
        <translation>フル管理者</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="102"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="103"/>
        <source>Token expires</source>
        <translation>トークンの有効期限</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="123"/>
        <source>Enter the organization ID by hand</source>
        <translation>組織 ID を手動で入力</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="139"/>
        <source>Webex did not tell the wizard your organization. In Control Hub, click the organization name (bottom left) and copy the Organization ID.</source>
        <translation>Webex から組織の情報が返されませんでした。Control Hub で左下の組織名をクリックし、組織 ID をコピーしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="150"/>
        <source>Tenant URL given to Entra ID</source>
        <translation>Entra ID に設定するテナント URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="153"/>
        <source>Address from Microsoft&apos;s tutorial (recommended)</source>
        <translation>Microsoft のチュートリアルのアドレス (推奨)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="164"/>
        <source>Advanced: another tenant URL</source>
        <translation>詳細: 別のテナント URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="382"/>
        <source>You are signed in to Webex.</source>
        <translation>Webex にサインインしています。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="384"/>
        <source>You are not signed in to Webex yet.</source>
        <translation>まだ Webex にサインインしていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="387"/>
        <source>Sign in as &amp;someone else</source>
        <translation>別のアカウントでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Address from Microsoft&apos;s tutorial (default)</source>
        <translation type="vanished">Microsoft のチュートリアルに記載のアドレス (既定)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="155"/>
        <source>Webex SCIM 2 address</source>
        <translation>Webex SCIM 2 アドレス</translation>
    </message>
    <message>
        <source>Which of the two addresses Entra&apos;s Webex connector expects today is not confirmed; the connection test on the next page tries the one chosen here.</source>
        <translation type="vanished">Entra の Webex コネクタが現在どちらのアドレスを想定しているかは確認されていません。次のページの接続テストでは、ここで選択したアドレスを試します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="224"/>
        <source>Waiting for you to sign in in the Webex window…</source>
        <translation>Webex のウィンドウでのサインインを待っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="263"/>
        <source>Reading your Webex account and organization…</source>
        <translation>Webex のアカウントと組織を読み取っています…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="348"/>
        <source>This tenant URL cannot be used. {reason}</source>
        <translation>このテナント URL は使用できません。{reason}</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="vanished">別のアカウントでサインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="394"/>
        <source>{name} ({email})</source>
        <translation>{name} ({email})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="399"/>
        <source>Not known (Webex did not say who signed in)</source>
        <translation>不明 (サインインしたユーザーが Webex から返されませんでした)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="400"/>
        <source>Not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="408"/>
        <source>{date} (in {days} days). It cannot be extended: before then, run Repair (or a scheduled check warns you 14 days ahead).</source>
        <translation>{date} ({days} 日後)。延長はできません。期限前に修復を実行してください (スケジュールした毎日のチェックが 14 日前に警告します)。</translation>
    </message>
    <message>
        <source>{date} (in {days} days). It cannot be renewed; the wizard reminds you before it runs out.</source>
        <translation type="vanished">{date} ({days} 日後)。更新はできません。期限が切れる前にウィザードがお知らせします。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="422"/>
        <source>Not checked (the connection test checks access instead)</source>
        <translation>未確認 (代わりに接続テストでアクセスを確認します)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="426"/>
        <source>✓ Yes</source>
        <translation>✓ はい</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="429"/>
        <source>✗ No: this account cannot create users in Webex</source>
        <translation>✗ いいえ: このアカウントでは Webex にユーザーを作成できません</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">この手順で行うこと</translation>
    </message>
    <message>
        <source>A Webex sign-in window opens inside this app; the access token it returns is captured automatically.</source>
        <translation type="vanished">このアプリ内に Webex のサインイン ウィンドウが開き、返されたアクセス トークンは自動的に取得されます。</translation>
    </message>
    <message>
        <source>The wizard reads your Webex organization ID from your account and confirms that you are a Full Administrator.</source>
        <translation type="vanished">ウィザードはアカウントから Webex の組織 ID を読み取り、フル管理者であることを確認します。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="45"/>
        <source>Connect Microsoft Entra ID to Webex</source>
        <translation>Microsoft Entra ID を Webex に接続</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="46"/>
        <source>Set up automatic user provisioning from your Microsoft tenant to your Webex organization.</source>
        <translation>Microsoft テナントから Webex 組織への自動ユーザー プロビジョニングを設定します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="13"/>
        <source>What will happen</source>
        <translation>実行される内容</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="17"/>
        <source>You sign in to Microsoft and to Webex in secure windows inside this app. Nothing has to be copied by hand.</source>
        <translation>このアプリ内の安全なウィンドウで Microsoft と Webex にサインインします。手作業でコピーする必要はありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="21"/>
        <source>The wizard checks your roles and adds the Cisco Webex enterprise app to Entra ID, or reuses the one you already have.</source>
        <translation>ウィザードはロールを確認し、Cisco Webex エンタープライズ アプリケーションを Entra ID に追加します (既にある場合はそれを再利用します)。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="24"/>
        <source>It tests the connection to Webex and lets you choose who is provisioned.</source>
        <translation>Webex への接続をテストし、プロビジョニングの対象を選択できるようにします。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="26"/>
        <source>It lists every change before making it, then starts provisioning and tries it with one test user.</source>
        <translation>すべての変更を実行前に一覧表示してから、プロビジョニングを開始し、1 人のテスト ユーザーで試します。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="31"/>
        <source>What you need</source>
        <translation>必要なもの</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="35"/>
        <source>A Microsoft Entra account with the Application Administrator, Cloud Application Administrator or Global Administrator role.</source>
        <translation>アプリケーション管理者、クラウド アプリケーション管理者、またはグローバル管理者のロールを持つ Microsoft Entra アカウント</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="38"/>
        <source>A Webex account with the Full Administrator role.</source>
        <translation>フル管理者のロールを持つ Webex アカウント</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="43"/>
        <source>It takes about 5 minutes. You can go Back at any step; nothing in your tenant or organization changes until you confirm the list of changes.</source>
        <translation>所要時間は約 5 分です。どの手順でも [戻る] で前に戻れます。変更内容の一覧を確認するまで、テナントや組織では何も変更されません。</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../wizard/webex/connection.py" line="59"/>
        <source>Read access confirmed. The Full Administrator role could not be checked because the account details (people/me) were not available.</source>
        <extracomment>Longest Retry-After the page waits out by itself before asking the admin (seconds). Extra lines under a passed check (context &quot;connection&quot; for translation).</extracomment>
        <translation>読み取りアクセスを確認しました。アカウントの詳細 (people/me) を取得できなかったため、フル管理者ロールは確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>diagnose</name>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="44"/>
        <source>Saved configuration and secrets</source>
        <extracomment>A check with one of these statuses lets the checks that depend on it run. Check ids in the order they run, with their titles (context &quot;diagnose&quot;).</extracomment>
        <translation>保存された構成とシークレット</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="45"/>
        <source>Webex token</source>
        <translation>Webex トークン</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="46"/>
        <source>Webex SCIM tenant URL</source>
        <translation>Webex SCIM テナント URL</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="47"/>
        <source>Microsoft sign-in</source>
        <translation>Microsoft サインイン</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="48"/>
        <source>Cisco Webex Identity Integration app</source>
        <translation>Cisco Webex Identity Integration アプリケーション</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="49"/>
        <source>Cisco Webex app and provisioning job</source>
        <translation>Cisco Webex アプリケーションとプロビジョニング ジョブ</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="50"/>
        <source>Provisioning job state</source>
        <translation>プロビジョニング ジョブの状態</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="51"/>
        <source>Entra&apos;s test of the saved credentials</source>
        <translation>保存された資格情報の Entra によるテスト</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="65"/>
        <source>{service} did not answer normally ({detail}). The problem is on their side; nothing was changed. Retry later.</source>
        <extracomment>check -&gt; the checks it needs to have passed (ok or warning).</extracomment>
        <translation>{service} から正常な応答がありませんでした ({detail})。サービス側の問題で、何も変更されていません。後で再試行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="21"/>
        <source>The saved secrets cannot be read: {what}</source>
        <translation>保存されたシークレットを読み取れません: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="61"/>
        <source>No Webex token is saved for this organization.</source>
        <extracomment>What a complete setup saved, in the order check 1 asks about it: (the target&apos;s field, the finding when it is empty, the fix that saves it again).</extracomment>
        <translation>この組織の Webex トークンは保存されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="66"/>
        <source>No SCIM tenant URL is saved for this organization.</source>
        <translation>この組織の SCIM テナント URL は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="35"/>
        <source>Secrets are readable, but the saved progress is not: {what} The app is looked up in the tenant instead.</source>
        <translation>シークレットは読み取れますが、保存された進行状況は読み取れません: {what} 代わりにテナントでアプリケーションを検索します。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="47"/>
        <source>Secrets for tenant {tenant} and Webex organization {org} are saved and readable.</source>
        <translation>テナント {tenant} と Webex 組織 {org} のシークレットは保存されており、読み取り可能です。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="46"/>
        <source>The Webex token expired on {date}. Entra cannot provision users with it.</source>
        <extracomment>Warn this long before the Webex token expires.</extracomment>
        <translation>Webex トークンの有効期限は {date} に切れました。Entra はこのトークンでユーザーをプロビジョニングできません。</translation>
    </message>
    <message>
        <source>Webex no longer accepts the saved token (revoked or signed out): {what}</source>
        <translation type="vanished">Webex で保存済みのトークンが受け付けられなくなりました (取り消されたか、サインアウトされています): {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="72"/>
        <source>Webex for Government admin tokens last no longer than 12 hours; this one expires on {date}, and Entra ID cannot provision users after that. Renew it then, and ask Cisco how to keep provisioning running for Webex for Government.</source>
        <translation>Webex for Government の管理者トークンの有効期間は最長 12 時間です。このトークンは {date} に期限切れになり、その後 Entra ID はユーザーをプロビジョニングできません。その時点でトークンを更新し、Webex for Government でプロビジョニングを継続する方法を Cisco にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="93"/>
        <source>Webex says the saved token has expired: {what}</source>
        <translation>Webex によると、保存されたトークンは期限切れです: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="103"/>
        <source>Webex no longer accepts the saved token (revoked or signed out): {what} The token belongs to the one administrator who signed in; signing that administrator out or resetting their access in Control Hub revokes it.</source>
        <translation>Webex は保存されたトークンを受け付けなくなりました (失効またはサインアウト): {what} トークンはサインインした 1 人の管理者のものです。Control Hub でその管理者をサインアウトさせるかアクセスをリセットすると、トークンは失効します。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="125"/>
        <source>The token belongs to Webex organization {got}, not {want}.</source>
        <translation>このトークンは {want} ではなく、Webex 組織 {got} のものです。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="136"/>
        <source>{account} is no longer a Full Administrator of the Webex organization.</source>
        <translation>{account} は Webex 組織のフル管理者ではなくなりました。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="157"/>
        <source>The Webex token expires on {date} (in {days} days). Renew it before then.</source>
        <translation>Webex トークンの有効期限は {date} ({days} 日後) です。それまでに更新してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="168"/>
        <source>Accepted by Webex for {account} (Full Administrator); expires on {date}.</source>
        <translation>Webex で {account} (フル管理者) のトークンとして受理されました。有効期限は {date} です。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="193"/>
        <source>The tenant URL did not accept the token: {what}</source>
        <translation>テナント URL でトークンが受け付けられませんでした: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="202"/>
        <source>{url} answers with the saved token.</source>
        <translation>{url} は保存されたトークンで応答します。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="50"/>
        <source>Signed in to Microsoft as {user}.</source>
        <translation>{user} として Microsoft にサインインしました。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="62"/>
        <source>The saved Microsoft sign-in cannot be used: {what}</source>
        <translation>保存済みの Microsoft サインインを使用できません: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="71"/>
        <source>No usable saved Microsoft sign-in for tenant {tenant}: an administrator must sign in.</source>
        <translation>テナント {tenant} で使用できる保存済みの Microsoft サインインがありません。管理者がサインインする必要があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="89"/>
        <source>The saved sign-in belongs to tenant {got}, not {want}.</source>
        <translation>保存済みのサインインは {want} ではなく、テナント {got} のものです。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="97"/>
        <source>Signed in to Microsoft as {user} without asking (saved sign-in).</source>
        <translation>確認なしで {user} として Microsoft にサインインしました (保存済みのサインイン)。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="116"/>
        <source>Cisco Webex Identity Integration (appId {app_id}) is missing from your tenant. This is exactly what makes Control Hub show &quot;Azure AD integration error. The request was unauthorized&quot; (401, code 701018). An administrator&apos;s consent restores it.</source>
        <translation>テナントに Cisco Webex Identity Integration (appId {app_id}) がありません。これが原因で、Control Hub に「Azure AD integration error. The request was unauthorized」(401、コード 701018) と表示されます。管理者が同意すると復元されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="130"/>
        <source>Present (service principal {sp_id}).</source>
        <translation>あり (サービス プリンシパル {sp_id})。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="194"/>
        <source>The Cisco Webex enterprise app ({sp_id}) no longer exists in your tenant.</source>
        <translation>Cisco Webex エンタープライズ アプリケーション ({sp_id}) がテナントに存在しなくなりました。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="212"/>
        <source>The Cisco Webex app exists, but its provisioning job ({job_id}) is gone.</source>
        <translation>Cisco Webex アプリケーションはありますが、プロビジョニング ジョブ ({job_id}) がなくなっています。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="227"/>
        <source>App {sp_id} and provisioning job {job_id} are present.</source>
        <translation>アプリケーション {sp_id} とプロビジョニング ジョブ {job_id} があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="233"/>
        <source>Your tenant has {count} Cisco Webex apps from the Entra app gallery. The wizard uses {sp_id}, the one in its saved setup; the others ({others}) can provision the same users to Webex a second time. Delete the others in the Entra admin center (Enterprise applications &gt; each app by its object ID &gt; Properties &gt; Delete) once you are sure nothing else uses them.</source>
        <translation>テナントには Entra アプリケーション ギャラリーの Cisco Webex アプリケーションが {count} 個あります。ウィザードは保存済みのセットアップにある {sp_id} を使用します。ほかのアプリケーション ({others}) は同じユーザーを Webex にもう一度プロビジョニングする可能性があります。ほかで使用されていないことを確認したら、Entra 管理センター (エンタープライズ アプリケーション &gt; オブジェクト ID で各アプリケーションを選択 &gt; プロパティ &gt; 削除) でほかのアプリケーションを削除してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="243"/>
        <source>The Cisco Webex app {sp_id} has {count} provisioning jobs. The wizard uses {job_id}, the one in its saved setup; the others ({others}) provision the same users a second time. Delete the others, for example in Graph Explorer signed in as an administrator: DELETE /servicePrincipals/{sp_id}/synchronization/jobs/ followed by each job ID.</source>
        <translation>Cisco Webex アプリケーション {sp_id} にはプロビジョニング ジョブが {count} 個あります。ウィザードは保存済みのセットアップにある {job_id} を使用します。ほかのジョブ ({others}) は同じユーザーをもう一度プロビジョニングします。ほかのジョブを削除してください。たとえば、管理者としてサインインした Graph Explorer で、DELETE /servicePrincipals/{sp_id}/synchronization/jobs/ の後に各ジョブ ID を付けて実行します。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="57"/>
        <source>The job is in quarantine ({reason}: {detail}).</source>
        <translation>ジョブは検疫状態です ({reason}: {detail})。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="86"/>
        <source>The job is paused: nobody is provisioned.</source>
        <translation>ジョブは一時停止しています。誰もプロビジョニングされません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="67"/>
        <source>The job was never started.</source>
        <translation>ジョブは一度も開始されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="68"/>
        <source>The job&apos;s schedule is off (Disabled) although its status is {code}: it has run before, but it will not run again until it is started.</source>
        <translation>ジョブの状態は {code} ですが、スケジュールがオフ (Disabled) です。以前に実行されたことはありますが、開始するまで再び実行されません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="104"/>
        <source>The job is {code}, but its last {count} runs failed.</source>
        <translation>ジョブの状態は {code} ですが、直近 {count} 回の実行が失敗しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="113"/>
        <source>The job is {code}; last successful run {last}.</source>
        <translation>ジョブの状態は {code} です。前回の成功した実行: {last}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="136"/>
        <source>Entra could not connect to Webex with the saved tenant URL and token: {detail}</source>
        <translation>Entra は保存されたテナント URL とトークンで Webex に接続できませんでした: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="149"/>
        <source>Entra connected to Webex with the saved credentials.</source>
        <translation>Entra は保存された資格情報で Webex に接続しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="147"/>
        <source>Not checked: &quot;{because}&quot; did not pass.</source>
        <extracomment>The English source of ``finding`` and its parameters, for the GUI&apos;s translation.</extracomment>
        <translation>未確認: 「{because}」が合格しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/run.py" line="84"/>
        <source>Not checked: the check was cancelled.</source>
        <translation>未確認: チェックが取り消されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/run.py" line="91"/>
        <source>The service</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../wizard/entra/errors.py" line="27"/>
        <source>Microsoft sign-in was cancelled at the permissions page.</source>
        <extracomment>Anything this long and token-like in a server message is treated as a possible secret. Sign-in failures by AADSTS number or OAuth error: their code &quot;entra&quot; gets that number or error appended (``entra.AADSTS65004``), see :meth:`SignInError.from_result`.</extracomment>
        <translation>アクセス許可のページで Microsoft のサインインが取り消されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="28"/>
        <source>The permissions the wizard asked for were declined ({aadsts}), so Microsoft did not complete the sign-in.</source>
        <translation>ウィザードが要求したアクセス許可が拒否されたため ({aadsts})、Microsoft はサインインを完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="33"/>
        <source>Sign in again and click Accept on the permissions page. Nothing was changed in your tenant.</source>
        <translation>もう一度サインインし、アクセス許可のページで [承諾] をクリックしてください。テナントでは何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="41"/>
        <source>Microsoft rejected the sign-in&apos;s reply address.</source>
        <translation>Microsoft がサインインの応答アドレスを拒否しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="42"/>
        <source>The app used for sign-in does not list the wizard&apos;s redirect URI ({aadsts}).</source>
        <translation>サインインに使用したアプリに、ウィザードのリダイレクト URI が登録されていません ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="46"/>
        <source>If you set your own app registration (entra_client_id), add http://localhost as a &apos;Mobile and desktop applications&apos; redirect URI; otherwise remove entra_client_id and entra_redirect_uri from the configuration.</source>
        <translation>独自のアプリの登録 (entra_client_id) を設定している場合は、http://localhost を「モバイル アプリケーションとデスクトップ アプリケーション」のリダイレクト URI として追加してください。そうでない場合は、構成から entra_client_id と entra_redirect_uri を削除してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="55"/>
        <source>An administrator must approve the wizard&apos;s permissions first.</source>
        <translation>最初に管理者がウィザードのアクセス許可を承認する必要があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="56"/>
        <source>The signed-in account cannot grant the permissions the wizard needs; they need admin consent ({aadsts}).</source>
        <translation>サインインしたアカウントでは、ウィザードに必要なアクセス許可を付与できません。これらには管理者の同意が必要です ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="61"/>
        <source>Sign in with a Global Administrator or Privileged Role Administrator account, or ask one to grant consent, then try again.</source>
        <translation>グローバル管理者または特権ロール管理者のアカウントでサインインするか、これらの管理者に同意の付与を依頼してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="69"/>
        <source>Your Microsoft sign-in has expired.</source>
        <translation>Microsoft のサインインの有効期限が切れました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="70"/>
        <source>The saved sign-in is no longer accepted ({aadsts}): it expired, was revoked, or the password changed.</source>
        <translation>保存されたサインインは受け付けられなくなりました ({aadsts})。有効期限切れ、取り消し、またはパスワードの変更が原因です。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="75"/>
        <source>Sign in again. Nothing was changed.</source>
        <translation>もう一度サインインしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="79"/>
        <source>Microsoft did not accept the permissions the wizard asked for.</source>
        <translation>ウィザードが要求したアクセス許可を Microsoft が受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="80"/>
        <source>The requested Microsoft Graph permissions are not valid for this cloud ({aadsts}).</source>
        <translation>要求された Microsoft Graph のアクセス許可は、このクラウドでは無効です ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="84"/>
        <source>Check that graph_base and the Entra cloud in the configuration belong together, then sign in again.</source>
        <translation>構成の graph_base と Entra クラウドが対応していることを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="100"/>
        <source>Your organization&apos;s Conditional Access policy blocked this sign-in.</source>
        <extracomment>AADSTS number -&gt; message. Several numbers share one cause from the admin&apos;s point of view.</extracomment>
        <translation>組織の条件付きアクセス ポリシーによって、このサインインはブロックされました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="103"/>
        <source>Sign-ins from the wizard&apos;s built-in browser do not meet a policy, often one that requires a compliant or registered device ({aadsts}).</source>
        <translation>ウィザードの組み込みブラウザーからのサインインは、ポリシーの要件を満たしていません。多くの場合、準拠しているデバイスまたは登録済みデバイスを要求するポリシーです ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="108"/>
        <source>Choose &apos;Sign in with the system browser&apos; (or the device code sign-in) and try again. If it still fails, ask your Entra administrator which policy applies.</source>
        <translation>[システム ブラウザーを使用] (または [コードでサインイン]) を選択して、もう一度お試しください。それでも失敗する場合は、適用されるポリシーを Entra 管理者に確認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="116"/>
        <source>Multi-factor authentication is required.</source>
        <translation>多要素認証が必要です。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="117"/>
        <source>Your organization requires a second sign-in step for this account ({aadsts}).</source>
        <translation>組織では、このアカウントに 2 段階目のサインインを要求しています ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="121"/>
        <source>Sign in again and complete the verification prompt. If the wizard&apos;s browser cannot show it, choose &apos;Sign in with the system browser&apos;.</source>
        <translation>もう一度サインインして、確認のプロンプトを完了してください。ウィザードのブラウザーで表示できない場合は、[システム ブラウザーを使用] を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="129"/>
        <source>This account must register for multi-factor authentication.</source>
        <translation>このアカウントは多要素認証に登録する必要があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="130"/>
        <source>Your organization requires MFA and this account has not set it up ({aadsts}).</source>
        <translation>組織では MFA が必須ですが、このアカウントではまだ設定されていません ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="134"/>
        <source>Set up MFA at https://aka.ms/mfasetup with this account, then sign in again.</source>
        <translation>このアカウントで https://aka.ms/mfasetup にアクセスして MFA を設定してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="144"/>
        <source>The sign-in app is not available in your tenant.</source>
        <translation>サインイン用のアプリがテナントで利用できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="145"/>
        <source>Entra ID could not find the application used for sign-in in this tenant ({aadsts}). Some organizations block the Microsoft Graph Command Line Tools app.</source>
        <translation>Entra ID で、このテナント内にサインイン用のアプリケーションが見つかりませんでした ({aadsts})。組織によっては Microsoft Graph Command Line Tools アプリがブロックされています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="150"/>
        <source>Check entra_client_id and entra_tenant; or register your own public client app and set entra_client_id to its application ID.</source>
        <translation>entra_client_id と entra_tenant を確認してください。または、独自のパブリック クライアント アプリを登録し、entra_client_id をそのアプリケーション ID に設定してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="158"/>
        <source>This account cannot sign in to this tenant.</source>
        <translation>このアカウントでは、このテナントにサインインできません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="159"/>
        <source>The account belongs to another directory, or is a personal Microsoft account ({aadsts}).</source>
        <translation>このアカウントは別のディレクトリに属しているか、個人用 Microsoft アカウントです ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="163"/>
        <source>Sign in with a work account of the tenant you want to configure, or set entra_tenant to that account&apos;s tenant ID.</source>
        <translation>構成するテナントの職場アカウントでサインインするか、entra_tenant をそのアカウントのテナント ID に設定してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="171"/>
        <source>This sign-in was already completed.</source>
        <translation>このサインインは既に完了しています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="172"/>
        <source>Each sign-in code works only once and this one was already used ({aadsts}), for example by a second click.</source>
        <translation>サインイン コードは 1 回しか使用できませんが、このコードは既に使用されています ({aadsts})。たとえば、2 回クリックした場合に起こります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="177"/>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="181"/>
        <source>The sign-in could not be completed securely.</source>
        <translation>サインインを安全に完了できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="182"/>
        <source>The proof key sent at the end did not match the one sent at the start ({aadsts}). This happens when an old sign-in window is reused or the response was altered.</source>
        <translation>最後に送信された証明キーが、最初に送信されたものと一致しませんでした ({aadsts})。古いサインイン ウィンドウを再利用した場合や、応答が改ざんされた場合に発生します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="187"/>
        <source>Close any other sign-in windows and sign in again.</source>
        <translation>他のサインイン ウィンドウをすべて閉じてから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="191"/>
        <source>Entra ID does not know the tenant in the settings.</source>
        <translation>設定で指定されたテナントが Entra ID に見つかりません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="192"/>
        <source>The tenant ID or domain is not found in this Microsoft cloud ({aadsts}).</source>
        <translation>この Microsoft クラウドにテナント ID またはドメインが見つかりません ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="196"/>
        <source>Check entra_tenant (a tenant ID or a verified domain such as contoso.onmicrosoft.com) and the Entra cloud you chose, then try again.</source>
        <translation>entra_tenant (テナント ID、または contoso.onmicrosoft.com などの確認済みドメイン) と、選択した Entra クラウドを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="219"/>
        <source>The device sign-in was declined.</source>
        <extracomment>OAuth error strings without a more specific AADSTS entry.</extracomment>
        <translation>デバイスのサインインが拒否されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="220"/>
        <source>Someone chose not to approve the sign-in on the code page ({aadsts}).</source>
        <translation>コードのページでサインインを承認しないことが選択されました ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="223"/>
        <source>Start the device sign-in again and approve it.</source>
        <translation>デバイスのサインインをもう一度開始し、承認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="227"/>
        <source>The device code expired before the sign-in was finished.</source>
        <translation>サインインが完了する前にデバイス コードの有効期限が切れました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="228"/>
        <source>Device codes are valid for about 15 minutes ({aadsts}).</source>
        <translation>デバイス コードの有効期間は約 15 分です ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="229"/>
        <source>Start the device sign-in again and enter the new code promptly.</source>
        <translation>デバイスのサインインをもう一度開始し、新しいコードをすぐに入力してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="235"/>
        <source>Microsoft sign-in is temporarily unavailable.</source>
        <translation>Microsoft のサインインは一時的に利用できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="236"/>
        <source>Entra ID reported a temporary problem ({aadsts}).</source>
        <translation>Entra ID から一時的な問題が報告されました ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="237"/>
        <location filename="../../wizard/entra/errors.py" line="334"/>
        <source>Wait a minute and try again. Nothing was changed.</source>
        <translation>しばらく待ってから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="247"/>
        <source>Microsoft sign-in failed.</source>
        <extracomment>Error strings that say more than the generic AADSTS number that comes with them.</extracomment>
        <translation>Microsoft のサインインに失敗しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="248"/>
        <source>Entra ID answered {error} ({aadsts}): {detail}</source>
        <translation>Entra ID の応答 {error} ({aadsts}): {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="249"/>
        <source>Try again. If it keeps failing, send the ids below to your Entra administrator or support.</source>
        <translation>もう一度お試しください。失敗が続く場合は、下の ID を Entra 管理者またはサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="299"/>
        <source>The sign-in response does not belong to this sign-in.</source>
        <extracomment>e.g. &quot;AADSTS65004&quot;, or &quot;&quot; when Entra gave no number. The OAuth ``error`` string, e.g. &quot;access_denied&quot;.</extracomment>
        <translation>このサインインに対する応答ではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="300"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent, so it may come from an older sign-in window or have been altered. It was not used.</source>
        <translation>応答の &apos;state&apos; 値がウィザードの送信した値と異なるため、古いサインイン ウィンドウからの応答か、改ざんされた可能性があります。この応答は使用されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="305"/>
        <source>Close other sign-in windows and sign in again.</source>
        <translation>他のサインイン ウィンドウを閉じて、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="309"/>
        <source>The sign-in response could not be used.</source>
        <translation>サインインの応答を使用できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="310"/>
        <source>It was not what the wizard expected: {reason}.</source>
        <translation>ウィザードが想定した応答ではありません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="311"/>
        <source>Sign in again; if it keeps happening, report it with the log file.</source>
        <translation>もう一度サインインしてください。繰り返し発生する場合は、ログ ファイルを添えて報告してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="317"/>
        <source>The Microsoft sign-in service at {authority} did not answer as expected.</source>
        <translation>{authority} の Microsoft サインイン サービスから想定どおりの応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="320"/>
        <source>Its OpenID configuration could not be read, so the address or tenant is probably wrong.</source>
        <translation>OpenID 構成を読み取れなかったため、アドレスまたはテナントが間違っている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="324"/>
        <source>Check entra_authority_host and entra_tenant in the configuration (and the proxy), then try again.</source>
        <translation>構成の entra_authority_host と entra_tenant (およびプロキシ) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="332"/>
        <source>Microsoft sign-in at {host} is temporarily unavailable.</source>
        <translation>{host} の Microsoft サインインは一時的に利用できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="333"/>
        <source>The service answered with a server error.</source>
        <translation>サービスからサーバー エラーが返されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="339"/>
        <source>There is no saved Microsoft sign-in to use.</source>
        <translation>使用できる保存済みの Microsoft サインインがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="340"/>
        <source>The wizard has not signed in on this computer, or you signed out.</source>
        <translation>このコンピューターでウィザードからサインインしたことがないか、サインアウトしています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="343"/>
        <source>Sign in with your administrator account.</source>
        <translation>管理者アカウントでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="208"/>
        <source>The setting &apos;{key}&apos; is not valid: {value}</source>
        <extracomment>True when retrying later without changing anything may succeed (outages, throttling). e.g. {&quot;request-id&quot;: ..., &quot;client-request-id&quot;: ..., &quot;trackingId&quot;: ...} True when retrying later without changing anything may succeed (outages, throttling).</extracomment>
        <translation>設定 &apos;{key}&apos; の値が無効です: {value}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="209"/>
        <source>It must be {expected}.{where}</source>
        <translation>指定できる値: {expected}。{where}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="210"/>
        <source>Correct &apos;{key}&apos; (or remove it to use the default) and start again.</source>
        <translation>&apos;{key}&apos; を修正するか、削除して既定値を使用するようにしてから、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="216"/>
        <source>Unknown setting &apos;{key}&apos; in {where}.</source>
        <translation>{where} に不明な設定 &apos;{key}&apos; があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="217"/>
        <source>The wizard only knows these settings: {known}.</source>
        <translation>ウィザードが認識する設定は次のとおりです: {known}。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="218"/>
        <source>Check the spelling of &apos;{key}&apos;, or remove it, and start again.</source>
        <translation>&apos;{key}&apos; のスペルを確認するか削除してから、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="224"/>
        <source>The configuration file {path} does not exist.</source>
        <translation>構成ファイル {path} が存在しません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="225"/>
        <source>It was named by --config or WIZARD_CONFIG.</source>
        <translation>このファイルは --config または WIZARD_CONFIG で指定されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="226"/>
        <source>Give the path of an existing TOML file, or leave it out.</source>
        <translation>既存の TOML ファイルのパスを指定するか、指定を省略してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="230"/>
        <source>The configuration file {path} cannot be read.</source>
        <translation>構成ファイル {path} を読み取れません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="231"/>
        <source>It is not valid TOML: {detail}</source>
        <translation>有効な TOML ではありません: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="232"/>
        <source>Fix the file (see README, &apos;Configuration&apos;) and start again.</source>
        <translation>ファイルを修正してから (README の &apos;Configuration&apos; を参照)、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="257"/>
        <source>Could not connect to {host}.</source>
        <translation>{host} に接続できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="258"/>
        <source>The connection failed ({detail}). The network, a proxy or a firewall may be blocking it, or the service may be down.</source>
        <translation>接続に失敗しました ({detail})。ネットワーク、プロキシ、またはファイアウォールによってブロックされているか、サービスが停止している可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="263"/>
        <source>Check your network and proxy settings (HTTPS_PROXY), then click Retry. Nothing was changed.</source>
        <translation>ネットワークとプロキシの設定 (HTTPS_PROXY) を確認してから、[再試行] をクリックしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="272"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="273"/>
        <source>The service may be slow or having an outage.</source>
        <translation>サービスの応答が遅いか、障害が発生している可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="274"/>
        <source>Wait a minute and click Retry.</source>
        <translation>しばらく待ってから、[再試行] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="279"/>
        <source>The secure connection to {host} could not be verified.</source>
        <translation>{host} への安全な接続を検証できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="280"/>
        <source>Its certificate is not trusted ({detail}). A TLS-inspecting proxy is the usual cause.</source>
        <translation>証明書が信頼されていません ({detail})。通常は、TLS を検査するプロキシが原因です。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="284"/>
        <source>Ask your network team for the proxy&apos;s CA certificate and set it as ca_bundle in the configuration file (or REQUESTS_CA_BUNDLE).</source>
        <translation>ネットワーク チームにプロキシの CA 証明書を依頼し、構成ファイルの ca_bundle (または REQUESTS_CA_BUNDLE) に設定してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="306"/>
        <source>{service} answered {status} ({code}): the problem is on their side or we are being throttled.</source>
        <extracomment>429 and 5xx: throttled, or the problem is on the service&apos;s side.</extracomment>
        <translation>{service} から {status} ({code}) が返されました。サービス側の問題か、要求数が制限されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="311"/>
        <source>Nothing was changed. Wait a few minutes and click Retry.</source>
        <translation>何も変更されていません。数分待ってから、[再試行] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="317"/>
        <source>{service} refused the request ({status} {code}): the sign-in has expired or the account lacks a required role.</source>
        <translation>{service} が要求を拒否しました ({status} {code})。サインインの有効期限が切れているか、アカウントに必要なロールがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="322"/>
        <source>Sign in again with an administrator account and retry.</source>
        <translation>管理者アカウントでもう一度サインインしてから、再試行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="327"/>
        <source>{service} answered {status} ({code}): {message}</source>
        <translation>{service} の応答 {status} ({code}): {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="34"/>
        <source>Microsoft Graph reported an error.</source>
        <extracomment>HTTP status of the answer. Graph&apos;s ``error.code`` (e.g. ``Request_ResourceNotFound``), &quot;&quot; when the body had none. Seconds from ``Retry-After`` when the service sent one.</extracomment>
        <translation>Microsoft Graph からエラーが報告されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="35"/>
        <source>Microsoft Graph answered {status} ({graph_code}) to {operation}: {detail}</source>
        <translation>「{operation}」に対して Microsoft Graph から {status} ({graph_code}) が返されました: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="328"/>
        <location filename="../../wizard/entra/graph_errors.py" line="38"/>
        <source>Retry; if it happens again, send the ids below to support with the exported report.</source>
        <translation>再試行してください。再度発生する場合は、下の ID をエクスポートしたレポートと一緒にサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="71"/>
        <source>Microsoft Graph could not find {operation}.</source>
        <translation>「{operation}」で、Microsoft Graph が対象を見つけられませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="72"/>
        <source>It answered {status} ({graph_code}): the object does not exist, was deleted, or is not visible to your account.</source>
        <translation>応答は {status} ({graph_code}) でした。オブジェクトが存在しないか、削除されたか、お使いのアカウントからは参照できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="77"/>
        <source>Go Back and run the checks again. If someone deleted the app meanwhile, the wizard will offer to add it again.</source>
        <translation>[戻る] でチェックをもう一度実行してください。その間に誰かがアプリケーションを削除していた場合は、ウィザードが再追加を提案します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="88"/>
        <source>Microsoft Graph refused {operation}.</source>
        <translation>Microsoft Graph が「{operation}」を許可しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="89"/>
        <source>It answered {status} ({graph_code}): your account lacks a role or permission this step needs.</source>
        <translation>応答は {status} ({graph_code}) でした。お使いのアカウントには、この手順に必要なロールまたはアクセス許可がありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="94"/>
        <source>Sign in with an account that holds the Application Administrator, Cloud Application Administrator or Global Administrator role (activate it first if it is eligible in Privileged Identity Management), then retry.</source>
        <translation>アプリケーション管理者、クラウド アプリケーション管理者、またはグローバル管理者のロールを持つアカウントでサインインしてから、再試行してください。Privileged Identity Management で資格のあるロールとして割り当てられている場合は、先にアクティブ化してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="106"/>
        <source>Your Microsoft sign-in is no longer accepted.</source>
        <translation>Microsoft のサインインが受け付けられなくなりました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="107"/>
        <source>Microsoft Graph answered {status} ({graph_code}) to {operation}: the sign-in expired or was revoked.</source>
        <translation>「{operation}」に対して Microsoft Graph から {status} ({graph_code}) が返されました。サインインの有効期限が切れたか、取り消されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="112"/>
        <source>Go Back to the Microsoft sign-in page and sign in again. Nothing was changed.</source>
        <translation>[戻る] で Microsoft のサインイン ページに戻り、もう一度サインインしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="122"/>
        <source>Microsoft Graph is asking the wizard to slow down.</source>
        <translation>Microsoft Graph から、要求の頻度を下げるよう求められています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="123"/>
        <source>It answered {status} ({graph_code}) to {operation} and asked for a pause longer than the wizard waits on its own.</source>
        <translation>「{operation}」に対して {status} ({graph_code}) が返され、ウィザードが自動で待機する時間より長い待機が求められました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="128"/>
        <source>Wait a minute, then click Retry. Nothing was changed by the refused request.</source>
        <translation>しばらく待ってから、[再試行] をクリックしてください。拒否された要求によって変更されたものはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="138"/>
        <source>Microsoft Graph is temporarily unavailable.</source>
        <translation>Microsoft Graph は一時的に利用できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="139"/>
        <source>It answered {status} ({graph_code}) to {operation}: the problem is on Microsoft&apos;s side.</source>
        <translation>「{operation}」に対して {status} ({graph_code}) が返されました。Microsoft 側の問題です。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="144"/>
        <source>Nothing was changed by the failed request. Wait a few minutes and click Retry; Microsoft&apos;s service health page may say more.</source>
        <translation>失敗した要求によって変更されたものはありません。数分待ってから [再試行] をクリックしてください。詳しい情報は Microsoft のサービス正常性ページで確認できる場合があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="158"/>
        <source>Entra ID was still busy with {operation}.</source>
        <translation>Entra ID はまだ「{operation}」を処理中でした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="159"/>
        <source>Microsoft Graph answered {status} ({graph_code}): another change to the same object had not finished.</source>
        <translation>Microsoft Graph から {status} ({graph_code}) が返されました。同じオブジェクトに対する別の変更がまだ完了していませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="164"/>
        <source>Wait a few seconds and click Retry.</source>
        <translation>数秒待ってから、[再試行] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="172"/>
        <source>Microsoft Graph rejected {operation}.</source>
        <translation>Microsoft Graph が「{operation}」の要求を拒否しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="173"/>
        <source>It answered {status} ({graph_code}): {detail}</source>
        <translation>応答 {status} ({graph_code}): {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="174"/>
        <source>This is probably a problem in the wizard or in this cloud&apos;s Graph. Send the ids below and the log file to support.</source>
        <translation>ウィザードまたはこのクラウドの Graph の問題である可能性があります。下の ID とログ ファイルをサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph.py" line="277"/>
        <source>reading your tenant&apos;s details</source>
        <extracomment>Graph&apos;s own page cap for directory collections; fewer round trips on big tenants. A runaway nextLink chain (a server bug) must end: 200 pages x 999 objects is plenty. Refresh this long before expiry, so a long step does not fail half-way.</extracomment>
        <translation>テナントの詳細の読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="301"/>
        <source>{service} reported an error.</source>
        <translation>{service} からエラーが報告されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="356"/>
        <source>Cancelled.</source>
        <translation>取り消されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="357"/>
        <source>You stopped the operation before it finished.</source>
        <translation>操作が完了する前に中止しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="358"/>
        <source>Start it again when you are ready; nothing is lost.</source>
        <translation>準備ができたら、もう一度開始してください。失われたものはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="55"/>
        <source>No secure place to keep secrets was found.</source>
        <extracomment>&quot;module.Class&quot; of every backend that stores secrets encrypted by the OS.</extracomment>
        <translation>シークレットを安全に保管できる場所が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="56"/>
        <source>The system keyring is not available (backend: {backend}); secrets would be lost or written in plain text.</source>
        <translation>システムのキーリングを利用できません (バックエンド: {backend})。このままではシークレットが失われるか、プレーンテキストで書き込まれます。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="61"/>
        <source>On Linux, install and unlock GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keyring is used automatically. Or choose &quot;Don&apos;t remember secrets&quot;.</source>
        <translation>Linux では GNOME Keyring または KWallet (Secret Service) をインストールしてロックを解除してください。Windows と macOS ではシステムのキーリングが自動的に使用されます。または、「シークレットを記憶しない」を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="70"/>
        <source>The system keyring is locked.</source>
        <translation>システムのキーリングがロックされています。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="71"/>
        <source>Secrets cannot be read or saved until it is unlocked.</source>
        <translation>ロックを解除するまで、シークレットの読み取りも保存もできません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="72"/>
        <source>Unlock your keyring (log in again or open your keyring manager) and retry.</source>
        <translation>キーリングのロックを解除してから (再ログインするか、キーリング マネージャーを開きます)、再試行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="77"/>
        <source>The system keyring did not answer.</source>
        <translation>システムのキーリングから応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="78"/>
        <source>The keyring service could not be reached ({detail}); it may have stopped or not be running in this session.</source>
        <translation>キーリング サービスに接続できませんでした ({detail})。サービスが停止しているか、このセッションで実行されていない可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="83"/>
        <source>Make sure your keyring service is running and unlocked, then retry. Or choose &quot;Don&apos;t remember secrets&quot; and sign in again next time.</source>
        <translation>キーリング サービスが実行中でロックが解除されていることを確認してから、再試行してください。または、「シークレットを記憶しない」を選択し、次回もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="92"/>
        <source>A secret could not be saved in the system keyring.</source>
        <translation>システムのキーリングにシークレットを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="93"/>
        <source>The keyring refused the entry ({detail}). The previously saved secret, if any, is unchanged.</source>
        <translation>キーリングがエントリを拒否しました ({detail})。以前に保存したシークレットがある場合、それは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="98"/>
        <source>Retry. If it fails again, choose &quot;Don&apos;t remember secrets&quot; and send the log file to support.</source>
        <translation>再試行してください。再度失敗する場合は、「シークレットを記憶しない」を選択し、ログ ファイルをサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="106"/>
        <source>A saved secret could not be read back intact.</source>
        <translation>保存したシークレットを完全な状態で読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="107"/>
        <source>The keyring entry &apos;{key}&apos; is incomplete or was changed ({detail}); a partial secret is never used.</source>
        <translation>キーリングのエントリ &apos;{key}&apos; が不完全か、変更されています ({detail})。不完全なシークレットが使用されることはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="112"/>
        <source>Sign in again to replace it. Nothing in your tenant or Webex org was changed.</source>
        <translation>もう一度サインインして置き換えてください。テナントや Webex 組織では何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="15"/>
        <source>Something went wrong inside the wizard.</source>
        <translation>ウィザード内部で問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="16"/>
        <source>An unexpected internal error stopped this step. Details were written to {log}.</source>
        <translation>予期しない内部エラーにより、この手順が停止しました。詳細は {log} に書き込まれました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="20"/>
        <source>Click Retry or go Back and try again. If it happens again, send the log file to support.</source>
        <translation>[再試行] をクリックするか、[戻る] で前に戻ってやり直してください。再度発生する場合は、ログ ファイルをサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="30"/>
        <source>The sign-in page at {host} was blocked.</source>
        <translation>{host} のサインイン ページをブロックしました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="31"/>
        <source>Its security certificate is not trusted ({detail}). Someone may be intercepting the connection, or a TLS-inspecting proxy is in the way.</source>
        <translation>このページのセキュリティ証明書は信頼されていません ({detail})。誰かが接続を傍受しているか、TLS を検査するプロキシが介在している可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="36"/>
        <source>Do not sign in. Close this window and ask your network team whether a proxy inspects HTTPS traffic to {host}.</source>
        <translation>サインインしないでください。このウィンドウを閉じ、{host} への HTTPS トラフィックを検査するプロキシがあるかどうかをネットワーク チームに確認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="44"/>
        <source>The sign-in page at {host} could not be loaded.</source>
        <translation>{host} のサインイン ページを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="45"/>
        <source>The network, a proxy or a firewall may be blocking it, or the service may be down.</source>
        <translation>ネットワーク、プロキシ、またはファイアウォールによってブロックされているか、サービスが停止している可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="49"/>
        <source>Check your network connection, then close this window and try again.</source>
        <translation>ネットワーク接続を確認してから、このウィンドウを閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="50"/>
        <source>The Webex sign-in did not return to the wizard.</source>
        <translation>Webex のサインインからウィザードに戻りませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="51"/>
        <source>The address it went to is not the wizard&apos;s registered return address.</source>
        <translation>移動先のアドレスが、ウィザードに登録されている戻り先アドレスではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="54"/>
        <source>Close the sign-in window and sign in to Webex again.</source>
        <translation>サインイン ウィンドウを閉じて、もう一度 Webex にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="21"/>
        <source>The Webex sign-in was cancelled.</source>
        <extracomment>Texts more than one kind of error shares.</extracomment>
        <translation>Webex のサインインが取り消されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="59"/>
        <source>Webex reports that access was not granted ({description}).</source>
        <translation>Webex から、アクセスが許可されなかったことが報告されました ({description})。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="60"/>
        <source>Sign in to Webex again and, when asked, allow access with a Full Administrator account.</source>
        <translation>もう一度 Webex にサインインし、確認を求められたら、フル管理者アカウントでアクセスを許可してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="113"/>
        <source>Webex refused the sign-in request.</source>
        <translation>Webex がサインイン要求を拒否しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="114"/>
        <source>Webex answered &apos;{error}&apos;: {description}</source>
        <translation>Webex の応答 &apos;{error}&apos;: {description}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="115"/>
        <source>Sign in again. If it keeps failing, check the Webex settings (environment, client ID) and send this message to support.</source>
        <translation>もう一度サインインしてください。失敗が続く場合は、Webex の設定 (環境、クライアント ID) を確認し、このメッセージをサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="66"/>
        <source>The Webex sign-in answer does not belong to this sign-in.</source>
        <translation>このサインインに対する Webex の応答ではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="75"/>
        <source>It carries no &apos;state&apos; value, so it cannot be matched to our request.</source>
        <translation>応答に &apos;state&apos; 値が含まれていないため、ウィザードの要求と照合できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="83"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent. It may come from an older sign-in window, or from someone else&apos;s link.</source>
        <translation>応答の &apos;state&apos; 値がウィザードの送信した値と異なります。古いサインイン ウィンドウや、他人のリンクからの応答である可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="69"/>
        <source>Close other sign-in windows and sign in to Webex again from the wizard.</source>
        <translation>他のサインイン ウィンドウを閉じて、ウィザードからもう一度 Webex にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="92"/>
        <source>The Webex sign-in answer could not be read.</source>
        <translation>Webex のサインインの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="93"/>
        <source>It is not a valid token response: {reason}.</source>
        <translation>有効なトークン応答ではありません: {reason}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="94"/>
        <source>Sign in to Webex again. If it keeps happening, send this message to support.</source>
        <translation>もう一度 Webex にサインインしてください。繰り返し発生する場合は、このメッセージをサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="101"/>
        <source>There is no Webex token to test yet.</source>
        <translation>テストする Webex トークンがまだありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="102"/>
        <source>The Webex sign-in step has not been completed.</source>
        <translation>Webex へのサインインの手順が完了していません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="103"/>
        <source>Go Back and sign in to Webex.</source>
        <translation>[戻る] で前に戻り、Webex にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="108"/>
        <source>The sign-in window was closed before Webex returned a token.</source>
        <translation>Webex がトークンを返す前にサインイン ウィンドウが閉じられました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="109"/>
        <source>Click &quot;Sign in to Webex&quot; when you are ready to try again.</source>
        <translation>再試行する準備ができたら、[Webex にサインイン] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="151"/>
        <source>&apos;{value}&apos; is not a Webex organization ID.</source>
        <translation>&apos;{value}&apos; は Webex の組織 ID ではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="152"/>
        <source>An organization ID is a UUID such as 96abc2aa-3dcc-11e5-a152-fe34819cdc9a, or Webex&apos;s encoded form of one ({reason}).</source>
        <translation>組織 ID は 96abc2aa-3dcc-11e5-a152-fe34819cdc9a のような UUID か、それを Webex 独自の形式でエンコードしたものです ({reason})。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="157"/>
        <source>Let the wizard read the ID after the Webex sign-in, or copy it from Control Hub (click the organization name, bottom left).</source>
        <translation>Webex へのサインイン後にウィザードに ID を読み取らせるか、Control Hub からコピーしてください (左下の組織名をクリック)。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="218"/>
        <location filename="../../wizard/webex/errors.py" line="225"/>
        <source>The Webex token has expired.</source>
        <extracomment>Webex&apos;s 401 said the token expired although the saved record does not (yet) say so.</extracomment>
        <translation>Webex トークンの有効期限が切れました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="22"/>
        <source>It expired on {date}. Webex tokens from this sign-in last about 45 days and cannot be renewed automatically.</source>
        <translation>有効期限は {date} でした。このサインインで取得する Webex トークンの有効期間は約 45 日で、自動的に更新することはできません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="27"/>
        <source>Sign in to Webex again to get a new token; the wizard updates Entra.</source>
        <translation>もう一度 Webex にサインインして新しいトークンを取得してください。Entra はウィザードが更新します。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="231"/>
        <source>Webex no longer accepts the token.</source>
        <translation>Webex でこのトークンが受け付けられなくなりました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="232"/>
        <source>It has not reached its expiry date, so it was most likely revoked (for example by a sign-out, a password change or an administrator), or it belongs to another Webex environment.</source>
        <translation>有効期限前であるため、取り消された (サインアウト、パスワードの変更、管理者による操作など) か、別の Webex 環境のトークンである可能性が高いです。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="242"/>
        <source>Webex did not allow the request.</source>
        <translation>Webex がこの要求を許可しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="243"/>
        <source>The signed-in account or its token lacks the permission (scope or admin role) this step needs.</source>
        <translation>サインインしたアカウントまたはそのトークンに、この手順に必要な権限 (スコープまたは管理者ロール) がありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="248"/>
        <source>Sign in to Webex again with a Full Administrator account of the organization.</source>
        <translation>組織のフル管理者アカウントで、もう一度 Webex にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="286"/>
        <source>Webex is not answering normally.</source>
        <translation>Webex が正常に応答していません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="34"/>
        <source>The problem is on Webex&apos;s side ({status}); nothing was changed.</source>
        <translation>Webex 側の問題です ({status})。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="38"/>
        <source>Retry later. If it lasts, check status.webex.com.</source>
        <translation>後で再試行してください。問題が続く場合は、status.webex.com を確認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="255"/>
        <source>Webex is limiting the number of requests.</source>
        <translation>Webex で要求の数が制限されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="30"/>
        <source>Too many requests were sent; Webex asks to wait {retry_after} seconds.</source>
        <translation>送信した要求が多すぎます。Webex から {retry_after} 秒待つよう求められています。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="33"/>
        <source>Nothing was changed. Wait, then click Retry.</source>
        <translation>何も変更されていません。しばらく待ってから、[再試行] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="293"/>
        <source>Webex answered with an unexpected error.</source>
        <translation>Webex から予期しないエラーが返されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="294"/>
        <source>Status {status}: {message}</source>
        <translation>ステータス {status}: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="295"/>
        <source>Retry; if it happens again, send the ids below to support.</source>
        <translation>再試行してください。再度発生する場合は、下の ID をサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="262"/>
        <source>Webex&apos;s answer could not be understood.</source>
        <translation>Webex の応答を解釈できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="226"/>
        <source>Webex said so when the wizard used it: {detail}</source>
        <translation>ウィザードがトークンを使用したときに、Webex がそう応答しました: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="263"/>
        <source>{detail}. A proxy may have replaced the answer.</source>
        <translation>{detail}。プロキシによって応答が置き換えられた可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="264"/>
        <source>Check the Webex settings and proxy, retry, then contact support.</source>
        <translation>Webex の設定とプロキシを確認して再試行し、それでも解決しない場合はサポートに問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="270"/>
        <source>{account} is not a Full Administrator of this Webex organization.</source>
        <translation>{account} はこの Webex 組織のフル管理者ではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="273"/>
        <source>A token from an account without the Full Administrator role cannot create users in Webex, so provisioning would fail. Roles of this account: {roles}.</source>
        <translation>フル管理者ロールを持たないアカウントのトークンでは Webex にユーザーを作成できないため、プロビジョニングは失敗します。このアカウントのロール: {roles}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="278"/>
        <source>Click &quot;Sign in as someone else&quot; and sign in with a Full Administrator account of the organization.</source>
        <translation>[別のアカウントでサインイン] をクリックし、組織のフル管理者アカウントでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="330"/>
        <source>The Webex SCIM service at {host} rejected the token.</source>
        <translation>{host} の Webex SCIM サービスがトークンを拒否しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="331"/>
        <source>The token is expired, revoked, or from another Webex environment (for example a Webex for Government token on a commercial address). Webex said: {detail}</source>
        <translation>トークンの有効期限が切れているか、取り消されているか、別の Webex 環境のトークンです (例: 商用のアドレスに対する Webex for Government のトークン)。Webex の応答: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="336"/>
        <source>Sign in to Webex again, and check the Webex environment setting.</source>
        <translation>もう一度 Webex にサインインし、Webex 環境の設定を確認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="342"/>
        <source>The Webex SCIM service at {host} refused access.</source>
        <translation>{host} の Webex SCIM サービスがアクセスを拒否しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="343"/>
        <source>The signed-in Webex account is not a Full (or User) Administrator of this organization, or the token lacks the SCIM scope. Webex said: {detail}</source>
        <translation>サインインした Webex アカウントがこの組織のフル管理者 (またはユーザー管理者) ではないか、トークンに SCIM スコープがありません。Webex の応答: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="348"/>
        <source>Sign in to Webex again with a Full Administrator account of this organization.</source>
        <translation>この組織のフル管理者アカウントで、もう一度 Webex にサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="355"/>
        <source>The tenant URL {url} was not found.</source>
        <translation>テナント URL {url} が見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="356"/>
        <source>The address or the organization ID in it is wrong, or Webex has retired this form of the address.</source>
        <translation>アドレスまたはそこに含まれる組織 ID が間違っているか、Webex でこの形式のアドレスが廃止されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="361"/>
        <source>Use the tenant URL the wizard proposes (it contains the organization ID read from your sign-in), or try the other Webex SCIM address.</source>
        <translation>ウィザードが提案するテナント URL (サインインから読み取った組織 ID を含みます) を使用するか、もう一方の Webex SCIM アドレスをお試しください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="369"/>
        <source>Webex is limiting the number of SCIM requests.</source>
        <translation>Webex で SCIM 要求の数が制限されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="397"/>
        <source>The Webex SCIM service at {host} is not answering normally.</source>
        <translation>{host} の Webex SCIM サービスが正常に応答していません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="404"/>
        <source>The Webex SCIM service at {host} answered {status}.</source>
        <translation>{host} の Webex SCIM サービスからステータス {status} が返されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="405"/>
        <source>The connection test expected a SCIM list: {detail}</source>
        <translation>接続テストでは SCIM のリスト応答を想定していました: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="406"/>
        <source>Check the tenant URL; if it is right, send the ids below to support.</source>
        <translation>テナント URL を確認してください。正しい場合は、下の ID をサポートに送ってください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="376"/>
        <source>The Webex SCIM service at {host} rejected the token: it has expired.</source>
        <translation>{host} の Webex SCIM サービスがトークンを拒否しました。トークンの有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="384"/>
        <source>The tenant URL belongs to another Webex organization.</source>
        <translation>テナント URL が別の Webex 組織のものです。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="385"/>
        <source>It names the organization {url_org}, but you signed in to {org}. Entra would provision users into the wrong organization, or fail.</source>
        <translation>この URL は組織 {url_org} を指していますが、サインインした組織は {org} です。このままでは、Entra が誤った組織にユーザーをプロビジョニングするか、失敗します。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="390"/>
        <source>Go Back and choose the tenant URL the wizard proposes for your organization.</source>
        <translation>[戻る] で前に戻り、ウィザードが組織用に提案するテナント URL を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="441"/>
        <source>The tenant URL &apos;{url}&apos; cannot be used.</source>
        <translation>テナント URL &apos;{url}&apos; は使用できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="442"/>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="443"/>
        <source>Use an https:// address on {hosts} that ends with your organization ID, such as the one the wizard proposes.</source>
        <translation>{hosts} 上の https:// アドレスで、末尾が組織 ID になっているもの (ウィザードが提案するアドレスなど) を使用してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="74"/>
        <source>The saved progress could not be used.</source>
        <extracomment>A temp file older than this belongs to a write that will never finish. Detail keys that can only hold a secret; their values are refused whatever they look like.</extracomment>
        <translation>保存された進行状況を使用できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="75"/>
        <source>The file {path} is damaged ({detail}). It only remembers where the wizard stopped; your Entra tenant and Webex org hold the real configuration and were not changed.</source>
        <translation>ファイル {path} が破損しています ({detail})。このファイルはウィザードが中断した場所を記録しているだけで、実際の構成は Entra テナントと Webex 組織にあり、変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="81"/>
        <source>Start over: the wizard will read the current configuration from your tenant again. The damaged file was kept as {kept_as} for support.</source>
        <translation>最初からやり直してください。ウィザードはテナントから現在の構成をもう一度読み取ります。破損したファイルはサポート用に {kept_as} として保存してあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="89"/>
        <source>The saved progress could not be read.</source>
        <translation>保存された進行状況を読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="90"/>
        <source>Reading {path} failed ({detail}). It only remembers where the wizard stopped; your Entra tenant and Webex org hold the real configuration.</source>
        <translation>{path} の読み取りに失敗しました ({detail})。このファイルはウィザードが中断した場所を記録しているだけで、実際の構成は Entra テナントと Webex 組織にあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="95"/>
        <source>Start over (the wizard reads the configuration from your tenant again), or fix the file&apos;s permissions and retry.</source>
        <translation>最初からやり直す (ウィザードがテナントから構成をもう一度読み取ります) か、ファイルのアクセス許可を修正してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="103"/>
        <source>The saved progress was written by a newer version.</source>
        <translation>保存された進行状況は新しいバージョンで書き込まれています。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="104"/>
        <source>{path} has format {version}; this version of the wizard knows format {supported}. The file only remembers where the wizard stopped.</source>
        <translation>{path} の形式は {version} ですが、このバージョンのウィザードが認識する形式は {supported} です。このファイルはウィザードが中断した場所を記録しているだけです。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="109"/>
        <source>Use the newer version of the wizard, or start over here (your tenant is re-checked; the newer file is kept as it is until you do).</source>
        <translation>新しいバージョンのウィザードを使用するか、ここで最初からやり直してください (テナントは再確認されます。やり直すまで、新しいファイルはそのまま保持されます)。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="119"/>
        <source>The disk that holds {folder} is full.</source>
        <translation>{folder} があるディスクがいっぱいです。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="120"/>
        <source>Free some disk space and click Retry. The previously saved progress is kept; changes already made in your tenant stay and are re-checked when you continue.</source>
        <translation>ディスクの空き領域を増やしてから、[再試行] をクリックしてください。以前に保存した進行状況は保持されます。テナントで既に行った変更はそのまま残り、続行時に再確認されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="130"/>
        <source>The folder {folder} is read-only or you may not write there.</source>
        <translation>フォルダー {folder} は読み取り専用か、書き込みが許可されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="131"/>
        <source>Make the folder writable (or set WIZARD_DATA_DIR to a writable folder) and click Retry. The previously saved progress is kept.</source>
        <translation>フォルダーを書き込み可能にして (または WIZARD_DATA_DIR を書き込み可能なフォルダーに設定して)、[再試行] をクリックしてください。以前に保存した進行状況は保持されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="140"/>
        <source>Writing to {folder} failed ({reason}).</source>
        <translation>{folder} への書き込みに失敗しました ({reason})。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="141"/>
        <source>Click Retry. The previously saved progress is kept.</source>
        <translation>[再試行] をクリックしてください。以前に保存した進行状況は保持されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="115"/>
        <source>Your progress could not be saved.</source>
        <translation>進行状況を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="145"/>
        <source>Refused to save a secret in the progress file.</source>
        <translation>進行状況ファイルへのシークレットの保存を拒否しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="146"/>
        <source>The value of &apos;{where}&apos; looks like a token, password or code; the progress file is plain text and must never hold one.</source>
        <translation>&apos;{where}&apos; の値はトークン、パスワード、またはコードのようです。進行状況ファイルはプレーンテキストのため、このような値を保存してはいけません。</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="151"/>
        <source>This is a bug in the wizard: please report it with the log file. Secrets belong in the system keyring.</source>
        <translation>これはウィザードのバグです。ログ ファイルを添えて報告してください。シークレットはシステムのキーリングに保存する必要があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="85"/>
        <source>Microsoft sign-in was cancelled.</source>
        <extracomment>Non-secret pointer to the tenant whose MSAL cache was saved last (keyring, per profile). The system browser&apos;s local listener gives up after this long (MSAL cannot be interrupted). The sign-in window was closed before the sign-in finished.</extracomment>
        <translation>Microsoft のサインインが取り消されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="86"/>
        <source>The sign-in window was closed before the sign-in finished. Nothing was changed.</source>
        <translation>サインインが完了する前にサインイン ウィンドウが閉じられました。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="90"/>
        <source>Click Sign in to try again. If the window cannot finish the sign-in (for example, your organization requires a managed device), choose &apos;Use my system browser&apos; or &apos;Sign in with a code&apos;.</source>
        <translation>[サインイン] をクリックして、もう一度お試しください。ウィンドウでサインインを完了できない場合 (組織で管理対象デバイスが必須の場合など) は、[システム ブラウザーを使用] または [コードでサインイン] を選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="64"/>
        <source>The &quot;{name}&quot; app is not in the Entra app gallery of this cloud.</source>
        <extracomment>The gallery&apos;s name for the app (Microsoft&apos;s and Cisco&apos;s tutorials both say &quot;Cisco Webex&quot;). Longest display name we accept (Entra&apos;s own limit for app names is 256 characters). The tag the Entra admin center sets for &quot;Visible to users? = No&quot; (UNCONFIRMED, see above). Properties read for each service principal; kept small so a big tenant pages quickly. Replication wait: a look every second (ends ≤1 s after the app appears), 5 minutes at most.</extracomment>
        <translation>「{name}」アプリケーションは、このクラウドの Entra アプリケーション ギャラリーにありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="67"/>
        <source>Microsoft Graph at {host} has no gallery template named &quot;{name}&quot;. It may not be offered in this Microsoft cloud, or the Environment page names the wrong cloud.</source>
        <translation>{host} の Microsoft Graph には「{name}」という名前のギャラリー テンプレートがありません。この Microsoft クラウドでは提供されていないか、[ご利用の環境] ページで選択したクラウドが間違っている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="72"/>
        <source>Check the Microsoft cloud on the Environment page. If it is right, add the app by hand in the Entra admin center (Enterprise applications &gt; New application) and run the wizard again: it will find and reuse that app. Nothing was changed.</source>
        <translation>[ご利用の環境] ページで Microsoft クラウドを確認してください。正しい場合は、Entra 管理センター ([エンタープライズ アプリケーション] &gt; [新しいアプリケーション]) で手動でアプリケーションを追加してから、ウィザードをもう一度実行してください。ウィザードがそのアプリケーションを見つけて再利用します。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="81"/>
        <source>The &quot;Cisco Webex&quot; gallery app of this cloud does not offer provisioning.</source>
        <translation>このクラウドの「Cisco Webex」ギャラリー アプリケーションはプロビジョニングに対応していません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="84"/>
        <source>The gallery template {template_id} at {host} does not list &apos;sync&apos; among its provisioning types, so Entra ID could not provision users to Webex with it.</source>
        <translation>{host} のギャラリー テンプレート {template_id} では、プロビジョニングの種類に &apos;sync&apos; が含まれていないため、Entra ID はこのテンプレートでは Webex にユーザーをプロビジョニングできません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="89"/>
        <source>Check the Microsoft cloud on the Environment page, or ask Microsoft support whether Cisco Webex provisioning is available in your cloud. Nothing was changed.</source>
        <translation>[ご利用の環境] ページで Microsoft クラウドを確認するか、お使いのクラウドで Cisco Webex のプロビジョニングを利用できるかどうかを Microsoft サポートに問い合わせてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="97"/>
        <source>Entra ID is taking longer than usual to finish creating the app.</source>
        <translation>Entra ID でのアプリケーションの作成完了に、通常より時間がかかっています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="100"/>
        <source>The app was added (object ID {sp_id}) but after {seconds} seconds Microsoft Graph still answers {graph_code} when asked for it. New apps usually appear within a minute; sometimes replication takes longer.</source>
        <translation>アプリケーションは追加されました (オブジェクト ID {sp_id}) が、{seconds} 秒経っても Microsoft Graph に問い合わせると {graph_code} が返されます。新しいアプリケーションは通常 1 分以内に表示されますが、レプリケーションにそれ以上かかることもあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="106"/>
        <source>Click Keep waiting. The app will not be added a second time: the wizard remembers it and only waits for it.</source>
        <translation>[待機を続ける] をクリックしてください。アプリケーションが 2 回追加されることはありません。ウィザードはこのアプリケーションを記憶しており、準備ができるのを待つだけです。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="115"/>
        <source>The app needs a name.</source>
        <translation>アプリケーションの名前が必要です。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="116"/>
        <source>The name is empty or longer than {limit} characters.</source>
        <translation>名前が空か、{limit} 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="117"/>
        <source>Enter a name such as &quot;Cisco Webex&quot; and click Add again.</source>
        <translation>「Cisco Webex」などの名前を入力し、もう一度 [テナントに Cisco Webex を追加] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="251"/>
        <source>searching the Entra app gallery</source>
        <extracomment>&quot;template&quot; when ``applicationTemplateId`` matched the gallery template, else &quot;name&quot;. ISO date the app registration was created, when Graph told us; None when unknown.</extracomment>
        <translation>Entra アプリケーション ギャラリーの検索</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="276"/>
        <location filename="../../wizard/entra/gallery.py" line="296"/>
        <source>listing your tenant&apos;s enterprise apps</source>
        <translation>テナントのエンタープライズ アプリケーションの一覧表示</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="11"/>
        <source>Nothing is saved for repair yet.</source>
        <translation>修復用に保存された情報はまだありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="12"/>
        <source>No Entra tenant and Webex organization were found in the keyring of profile &apos;{profile}&apos;. Repair and check work from what setup saved.</source>
        <translation>プロファイル &apos;{profile}&apos; のキーリングに Entra テナントと Webex 組織が見つかりませんでした。修復とチェックは、セットアップで保存された情報に基づいて動作します。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="17"/>
        <source>Run setup first (webex-scim-wizard, or webex-scim-wizard setup).</source>
        <translation>先にセットアップを実行してください (webex-scim-wizard または webex-scim-wizard setup)。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="23"/>
        <source>Several Entra tenant + Webex org pairs are saved.</source>
        <translation>Entra テナントと Webex 組織の組み合わせが複数保存されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="24"/>
        <source>The wizard cannot guess which one to use: {pairs}.</source>
        <translation>ウィザードはどれを使用すべきか判断できません: {pairs}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="25"/>
        <source>Choose one with --profile TENANT:ORG.</source>
        <translation>--profile TENANT:ORG で 1 つを選択してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="29"/>
        <source>Nothing is saved for {wanted}.</source>
        <translation>{wanted} について保存された情報はありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="30"/>
        <source>The saved pairs are: {pairs}.</source>
        <translation>保存されている組み合わせ: {pairs}。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="31"/>
        <source>Give one of them with --profile TENANT:ORG (or run setup for it).</source>
        <translation>--profile TENANT:ORG でいずれかを指定してください (または、その組み合わせのセットアップを実行してください)。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="37"/>
        <source>{service} is not answering normally; nothing was changed.</source>
        <translation>{service} が正常に応答していません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="38"/>
        <source>The problem is on their side ({code}). Changing the configuration now could make things worse, so the fix was not started.</source>
        <translation>サービス側の問題です ({code})。今構成を変更すると状況が悪化するおそれがあるため、修正は開始しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="43"/>
        <source>Retry later.</source>
        <translation>後で再試行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="147"/>
        <location filename="../../wizard/entra/sync/roles.py" line="68"/>
        <location filename="../../wizard/flows/gallery.py" line="139"/>
        <source>reading the Cisco Webex app</source>
        <extracomment>The new app&apos;s provisioning templates, as the wait read them (empty for a reused app).</extracomment>
        <translation>Cisco Webex アプリケーションの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="180"/>
        <source>reading the provisioning job</source>
        <translation>プロビジョニング ジョブの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="174"/>
        <location filename="../../wizard/entra/gallery.py" line="333"/>
        <location filename="../../wizard/entra/sync/jobs.py" line="50"/>
        <source>reading the app&apos;s provisioning job</source>
        <translation>アプリケーションのプロビジョニング ジョブの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="130"/>
        <source>testing the saved credentials</source>
        <translation>保存された資格情報のテスト</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="348"/>
        <source>reading when the app was created</source>
        <translation>アプリケーションの作成日時の読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="388"/>
        <source>adding the app from the gallery</source>
        <translation>ギャラリーからのアプリケーションの追加</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="447"/>
        <source>reading the new app</source>
        <translation>新しいアプリケーションの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="459"/>
        <source>reading the new app&apos;s provisioning templates</source>
        <translation>新しいアプリケーションのプロビジョニング テンプレートの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="488"/>
        <source>hiding the app from My Apps</source>
        <translation>マイ アプリでのアプリケーションの非表示</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="187"/>
        <source>reading your directory roles</source>
        <translation>ディレクトリ ロールの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="27"/>
        <source>The name {host} could not be found.</source>
        <translation>ホスト名 {host} を解決できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="28"/>
        <source>This computer&apos;s name lookup (DNS) does not know it. The network may be offline or filtered, or the address belongs to another Webex environment (for example a Webex for Government host on a commercial network).</source>
        <translation>このコンピューターの名前解決 (DNS) でこの名前が見つかりません。ネットワークがオフラインかフィルタリングされているか、アドレスが別の Webex 環境のものである可能性があります (例: 商用ネットワーク上の Webex for Government のホスト)。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="34"/>
        <source>Check the network connection and the Webex environment you chose, then click Retry. Nothing was changed.</source>
        <translation>ネットワーク接続と、選択した Webex 環境を確認してから、[再試行] をクリックしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="43"/>
        <source>The proxy did not let the wizard reach {host}.</source>
        <translation>プロキシによって、ウィザードは {host} に接続できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="44"/>
        <source>The proxy server configured on this computer (HTTPS_PROXY) refused or failed the connection.</source>
        <translation>このコンピューターに構成されたプロキシ サーバー (HTTPS_PROXY) が接続を拒否したか、接続に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="49"/>
        <source>Ask your network team to allow {host} through the proxy, or correct the proxy setting, then click Retry. Nothing was changed.</source>
        <translation>ネットワーク チームにプロキシで {host} を許可するよう依頼するか、プロキシの設定を修正してから、[再試行] をクリックしてください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="59"/>
        <source>Consent for Cisco Webex Identity Integration was not given.</source>
        <extracomment>Roles that may grant tenant-wide admin consent (docs/entra-graph.md#admin-consent-repair). Cisco&apos;s app may request Graph application permissions, which only a Privileged Role Administrator or a Global Administrator can grant, so those two are what the wizard asks for. Replication of a re-created service principal: a look every second, 5 minutes at most, so the wait ends within about a second of it appearing (see Backoff.flat).</extracomment>
        <translation>Cisco Webex Identity Integration への同意が行われませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="60"/>
        <source>Microsoft answered {error} ({aadsts}): the consent page was cancelled or the permissions were declined. Nothing was changed in your tenant.</source>
        <translation>Microsoft の応答 {error} ({aadsts}): 同意ページが取り消されたか、アクセス許可が拒否されました。テナントでは何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="65"/>
        <source>Run the fix again and click Accept on the permissions page, signed in as a Global Administrator or Privileged Role Administrator.</source>
        <translation>グローバル管理者または特権ロール管理者としてサインインした状態で修正をもう一度実行し、アクセス許可のページで [承諾] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="73"/>
        <source>This account cannot grant tenant-wide consent.</source>
        <translation>このアカウントでは、テナント全体への同意を付与できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="74"/>
        <source>Restoring Cisco Webex Identity Integration needs admin consent for the whole tenant ({aadsts}); the signed-in account does not hold a role that may give it.</source>
        <translation>Cisco Webex Identity Integration を復元するにはテナント全体に対する管理者の同意が必要ですが ({aadsts})、サインインしたアカウントにはそれを付与できるロールがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="79"/>
        <source>Sign in on the consent page as a Global Administrator or Privileged Role Administrator, or ask one to open the consent link. Nothing was changed.</source>
        <translation>同意ページでグローバル管理者または特権ロール管理者としてサインインするか、これらの管理者に同意リンクを開くよう依頼してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="87"/>
        <source>Microsoft did not complete the admin consent.</source>
        <translation>Microsoft で管理者の同意が完了しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="88"/>
        <source>It answered {error} ({aadsts}).</source>
        <translation>応答: {error} ({aadsts})。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="89"/>
        <source>Retry. If it fails again, send the ids below to support. Nothing was changed.</source>
        <translation>再試行してください。再度失敗する場合は、下の ID をサポートに送ってください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="96"/>
        <source>The consent answer did not belong to this request.</source>
        <translation>この要求に対する同意の応答ではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="97"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent, so it may come from another window or have been forged. It was ignored.</source>
        <translation>応答の &apos;state&apos; 値がウィザードの送信した値と異なるため、別のウィンドウからの応答か、偽造された可能性があります。この応答は無視されました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="102"/>
        <source>Start the re-consent again from the repair page.</source>
        <translation>修復ページから再同意をもう一度開始してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="106"/>
        <source>Cisco Webex Identity Integration has not appeared in your tenant yet.</source>
        <translation>Cisco Webex Identity Integration はまだテナントに表示されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="109"/>
        <source>Consent was given, but after {seconds} seconds Microsoft Graph still does not list the app. Entra ID sometimes takes several minutes to replicate a new app.</source>
        <translation>同意は完了しましたが、{seconds} 秒経っても Microsoft Graph にアプリケーションが表示されません。Entra ID では、新しいアプリケーションのレプリケーションに数分かかることがあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="114"/>
        <source>Wait a few minutes and run the checks again; consent need not be repeated.</source>
        <translation>数分待ってから、チェックをもう一度実行してください。同意をやり直す必要はありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="155"/>
        <source>Cisco Webex Identity Integration has not appeared in your tenant.</source>
        <extracomment>The same wait, when nothing told the wizard how the consent page was answered (headless: the administrator opens the address in a browser of their own).</extracomment>
        <translation>Cisco Webex Identity Integration がテナントに表示されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="158"/>
        <source>After {seconds} seconds Microsoft Graph still does not list the app. The wizard cannot tell whether an administrator opened the consent address and clicked Accept; if one did, Entra ID may still be replicating the app.</source>
        <translation>{seconds} 秒経過しても、Microsoft Graph にアプリが表示されません。管理者が同意のアドレスを開いて [承諾] をクリックしたかどうかは、ウィザードからは分かりません。クリックした場合は、Entra ID がまだアプリをレプリケートしている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="164"/>
        <source>Make sure an administrator opened the address and clicked Accept, wait a few minutes, then run repair again.</source>
        <translation>管理者がアドレスを開いて [承諾] をクリックしたことを確認し、数分待ってから修復をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="273"/>
        <source>looking for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration の検索</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="48"/>
        <source>Entra ID could not connect to Webex (Test Connection failed).</source>
        <translation>Entra ID から Webex に接続できませんでした (テスト接続に失敗)。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="51"/>
        <source>Entra&apos;s provisioning service tried the tenant URL {tenant_url} with the Webex token and answered: {reason}</source>
        <translation>Entra のプロビジョニング サービスは Webex トークンでテナント URL {tenant_url} を試し、次の応答を返しました: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="56"/>
        <source>The Webex account must be a full administrator of the organization, and the tenant URL must name that organization. Go Back to the Webex sign-in, sign in with a full admin and retry. Nothing was saved in Entra ID.</source>
        <translation>Webex アカウントは組織のフル管理者である必要があり、テナント URL はその組織を指している必要があります。[戻る] で Webex へのサインインに戻り、フル管理者でサインインしてから再試行してください。Entra ID には何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="28"/>
        <source>The app &quot;{app}&quot; offers only the Default Access role.</source>
        <translation>「{app}」アプリケーションには Default Access (既定のアクセス) ロールしかありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="29"/>
        <source>Users and groups assigned with Default Access are excluded from provisioning (Microsoft&apos;s Cisco Webex tutorial), so nobody would reach Webex.</source>
        <translation>Default Access で割り当てられたユーザーとグループはプロビジョニングから除外されるため (Microsoft の Cisco Webex チュートリアルを参照)、誰も Webex に届きません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="38"/>
        <source>The app &quot;{app}&quot; has no role that users can be assigned.</source>
        <translation>「{app}」アプリケーションには、ユーザーに割り当てられるロールがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="39"/>
        <source>None of its application roles is enabled for users and groups, and the Default Access role is excluded from provisioning.</source>
        <translation>ユーザーとグループに対して有効なアプリケーション ロールがなく、Default Access ロールはプロビジョニングから除外されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="20"/>
        <source>Check the app in the Entra admin center (App registrations &gt; the app &gt; App roles): it should offer a role such as &quot;User&quot;. If someone removed it, delete the app and let the wizard add it again from the gallery. Nothing was changed.</source>
        <translation>Entra 管理センターでアプリケーションを確認してください ([アプリの登録] &gt; 対象のアプリ &gt; [アプリ ロール])。「User」などのロールがあるはずです。誰かが削除した場合は、アプリケーションを削除し、ウィザードでギャラリーからもう一度追加してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="65"/>
        <source>{user} was not provisioned: assigned with Default Access only.</source>
        <translation>{user} はプロビジョニングされませんでした。Default Access でのみ割り当てられています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="68"/>
        <source>Entra skips users whose only role on the app is Default Access; they are excluded from provisioning.</source>
        <translation>Entra は、アプリケーションでのロールが Default Access のみのユーザーをスキップします。これらのユーザーはプロビジョニングから除外されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="73"/>
        <source>Assign {user} (or a group they belong to) again with a real role such as &quot;User&quot; on the Scope page, then retry.</source>
        <translation>[プロビジョニングの対象] ページで、{user} (またはそのユーザーが所属するグループ) を「User」などの実際のロールでもう一度割り当ててから、再試行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="81"/>
        <source>Entra ID is limiting on-demand provisioning right now.</source>
        <translation>Entra ID では現在、オンデマンド プロビジョニングが制限されています。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="82"/>
        <source>Provision on demand allows 5 requests per 10 seconds per app, and Microsoft Graph asked to wait {seconds} seconds (someone else may be using it too).</source>
        <translation>オンデマンド プロビジョニングはアプリケーションごとに 10 秒あたり 5 要求までで、Microsoft Graph から {seconds} 秒待つよう求められました (他のユーザーも使用している可能性があります)。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="87"/>
        <source>Wait {seconds} seconds and click Retry. Everything before this step is done and will not be repeated.</source>
        <translation>{seconds} 秒待ってから、[再試行] をクリックしてください。この手順より前の作業はすべて完了しており、繰り返されません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="96"/>
        <source>The provisioning job was put in quarantine.</source>
        <translation>プロビジョニング ジョブが検疫状態になりました。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="97"/>
        <source>Entra ID stopped job {job_id} after it started ({reason}, {error_code}): {message} Quarantine usually means the Webex token was revoked or has expired, or the tenant URL is wrong.</source>
        <translation>Entra ID はジョブ {job_id} を開始後に停止しました ({reason}、{error_code}): {message} 検疫は通常、Webex トークンが取り消されたか有効期限が切れているか、テナント URL が間違っていることを意味します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="103"/>
        <source>Sign in to Webex again with a full administrator to get a new token, then click Retry: the wizard saves the new token and starts the job again, which clears the quarantine.</source>
        <translation>フル管理者でもう一度 Webex にサインインして新しいトークンを取得してから、[再試行] をクリックしてください。ウィザードが新しいトークンを保存してジョブを再開すると、検疫が解除されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="112"/>
        <source>{user} is not in scope for provisioning.</source>
        <translation>{user} はプロビジョニングのスコープに含まれていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="113"/>
        <source>With &quot;Sync only assigned users and groups&quot;, only users assigned to the app (directly or through a group) are provisioned, and {user} is not assigned.</source>
        <translation>「割り当てられたユーザーとグループのみを同期する」では、アプリケーションに (直接またはグループ経由で) 割り当てられたユーザーだけがプロビジョニングされますが、{user} は割り当てられていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="118"/>
        <source>Go Back to the Scope page, assign {user} (or a group they belong to) with a real role, and apply again. Nothing else needs to be redone.</source>
        <translation>[戻る] で [プロビジョニングの対象] ページに戻り、{user} (またはそのユーザーが所属するグループ) を実際のロールで割り当ててから、もう一度適用してください。その他の作業をやり直す必要はありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="128"/>
        <source>Provisioning {user} to Webex failed.</source>
        <translation>{user} を Webex にプロビジョニングできませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="129"/>
        <source>Entra&apos;s provisioning service reported {error_code}: {message}</source>
        <translation>Entra のプロビジョニング サービスから {error_code} が報告されました: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="132"/>
        <source>Check the Webex token and tenant URL (Test Connection), then click Retry. The provisioning logs in the Entra admin center show the same step report. If the same user still fails after the cause is fixed, Webex may have kept the failed create: open a case with Cisco Webex support and give them the TrackingID from that report.</source>
        <translation>Webex トークンとテナント URL を確認 (接続テスト) してから、[再試行] をクリックしてください。Entra 管理センターのプロビジョニング ログにも同じステップ レポートが表示されます。原因を解決した後も同じユーザーが失敗し続ける場合は、失敗した作成が Webex 側に残っている可能性があります。Cisco Webex サポートにケースを開き、そのレポートの TrackingID を伝えてください。</translation>
    </message>
    <message>
        <source>Check the Webex token and tenant URL (Test Connection), then click Retry. The provisioning logs in the Entra admin center show the same step report.</source>
        <translation type="vanished">Webex トークンとテナント URL を確認してから (テスト接続)、[再試行] をクリックしてください。Entra 管理センターのプロビジョニング ログにも同じ手順レポートが表示されます。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="143"/>
        <source>The app offers several provisioning templates.</source>
        <translation>アプリケーションに複数のプロビジョニング テンプレートがあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="144"/>
        <source>None is marked as the default, so the wizard cannot tell which one to use: {templates}.</source>
        <translation>既定としてマークされているテンプレートがないため、ウィザードはどれを使用すべきか判断できません: {templates}。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="149"/>
        <source>Choose the template to use (ask Cisco support if unsure) and apply again. Nothing was changed.</source>
        <translation>使用するテンプレートを選択してから (不明な場合は Cisco サポートに問い合わせてください)、もう一度適用してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="157"/>
        <source>The app offers no provisioning template.</source>
        <translation>アプリケーションにプロビジョニング テンプレートがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="158"/>
        <source>Microsoft Graph lists no synchronization template for the app {sp_id}, so no provisioning job can be created for it.</source>
        <translation>Microsoft Graph にアプリケーション {sp_id} の同期テンプレートがないため、プロビジョニング ジョブを作成できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="163"/>
        <source>Make sure the app was added from the gallery entry &quot;Cisco Webex&quot; (not a custom app), then run the wizard again. Nothing was changed.</source>
        <translation>アプリケーションが (カスタム アプリではなく) ギャラリーの「Cisco Webex」から追加されたことを確認してから、ウィザードをもう一度実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="171"/>
        <source>The provisioning job has no rule for users.</source>
        <translation>プロビジョニング ジョブにユーザーのルールがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="172"/>
        <source>The schema of job {job_id} has no synchronization rule that maps Entra users, so a user cannot be provisioned on demand.</source>
        <translation>ジョブ {job_id} のスキーマに Entra ユーザーをマッピングする同期ルールがないため、ユーザーをオンデマンドでプロビジョニングできません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="177"/>
        <source>Check the attribute mappings in the Entra admin center (Provisioning &gt; Mappings); restore the default mappings if they were removed.</source>
        <translation>Entra 管理センターで属性マッピングを確認してください ([プロビジョニング] &gt; [マッピング])。既定のマッピングが削除されている場合は、復元してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="185"/>
        <source>The notification email address is not valid: {email}</source>
        <translation>通知用メール アドレスが無効です: {email}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="186"/>
        <source>Entra ID sends provisioning failure emails to this address.</source>
        <translation>Entra ID は、プロビジョニングのエラー通知メールをこのアドレスに送信します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="187"/>
        <source>Enter one address such as admin@contoso.com.</source>
        <translation>admin@contoso.com のようなアドレスを 1 つ入力してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="60"/>
        <source>searching users and groups</source>
        <extracomment>UPN (or mail) for users, description for groups.</extracomment>
        <translation>ユーザーとグループの検索</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="83"/>
        <source>reading who is assigned to the app</source>
        <translation>アプリケーションへの割り当ての読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="106"/>
        <source>assigning users and groups to the app</source>
        <translation>アプリケーションへのユーザーとグループの割り当て</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="25"/>
        <source>reading the app&apos;s provisioning templates</source>
        <translation>アプリケーションのプロビジョニング テンプレートの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="57"/>
        <source>reading the provisioning job&apos;s status</source>
        <translation>プロビジョニング ジョブの状態の読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="70"/>
        <source>creating the provisioning job</source>
        <translation>プロビジョニング ジョブの作成</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="87"/>
        <source>starting the provisioning job</source>
        <translation>プロビジョニング ジョブの開始</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="54"/>
        <source>testing the connection to Webex</source>
        <translation>Webex への接続のテスト</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="96"/>
        <source>reading the saved provisioning settings</source>
        <extracomment>The keys the wizard owns; every other key in Entra&apos;s set is the admin&apos;s and is kept. Threshold for new setups: Entra&apos;s default for accidental-deletion prevention (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/accidental-deletions). False when Entra refused to let us read its set and the wizard&apos;s earlier save was used.</extracomment>
        <translation>保存されたプロビジョニング設定の読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="191"/>
        <source>saving the Webex credentials in Entra ID</source>
        <translation>Entra ID への Webex 資格情報の保存</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="193"/>
        <source>reading the provisioning job&apos;s schema</source>
        <extracomment>entitled / imported / exported / escrowed of the last run, plus synchronized entries.</extracomment>
        <translation>プロビジョニング ジョブのスキーマの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/ondemand.py" line="208"/>
        <source>provisioning the test user on demand</source>
        <extracomment>provisionOnDemand: &quot;The rate limit for this API is 5 requests per 10 seconds.&quot; Longest Retry-After the on-demand call waits out by itself before asking the admin. Shared by every call in this process (the GUI and CLI run one setup at a time).</extracomment>
        <translation>テスト ユーザーのオンデマンド プロビジョニング</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="368"/>
        <source>reading the test user</source>
        <translation>テスト ユーザーの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="66"/>
        <source>The consent window was closed.</source>
        <translation>同意ウィンドウが閉じられました。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="67"/>
        <source>It was closed before Microsoft answered, so no consent was given. Nothing was changed in your tenant.</source>
        <translation>Microsoft が応答する前に閉じられたため、同意は行われていません。テナントでは何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="72"/>
        <source>Click Re-consent again and accept the permissions, signed in as a Global Administrator or Privileged Role Administrator.</source>
        <translation>グローバル管理者または特権ロール管理者としてサインインした状態で、もう一度 [再同意] をクリックし、アクセス許可を承諾してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="80"/>
        <source>You are not signed in to Microsoft.</source>
        <translation>Microsoft にサインインしていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="81"/>
        <source>This fix changes your Entra ID tenant, which needs an administrator&apos;s sign-in. The sign-in window was closed or could not finish. Nothing was changed.</source>
        <translation>この修正は Entra ID テナントを変更するため、管理者のサインインが必要です。サインイン ウィンドウが閉じられたか、サインインを完了できませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="86"/>
        <source>Click Sign in on the Microsoft sign-in row, then run the fix again.</source>
        <translation>Microsoft サインインの行で [サインイン] をクリックしてから、修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/scope.py" line="51"/>
        <source>reading the app&apos;s attribute mappings</source>
        <extracomment>Deliberately simple: one @, a dot in the domain, no spaces. Entra itself checks further.</extracomment>
        <translation>アプリケーションの属性マッピングの読み取り</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="47"/>
        <source>The Webex token could not be read from {path}.</source>
        <extracomment>A Webex access token is about 100 characters; a pasted redirect URL a few hundred. The cap keeps ``/dev/zero`` or ``yes |`` from filling memory. Visible ASCII, the rule the redirect parser applies (``wizard.webex.token``): anything else cannot travel in an Authorization header. Tenant and org ids as the keyring names them (``wizard.storage.secrets``). Longest wait a flag may ask for (seconds): a day; larger values are typos.</extracomment>
        <translation>{path} から Webex トークンを読み取れませんでした。</translation>
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
        <translation>トークン (または Webex サインインのリダイレクト URL 全体) をファイルの 1 行目に記述するか、- を指定してパイプで渡してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="49"/>
        <source>{option} is required.</source>
        <translation>{option} は必須です。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="50"/>
        <source>The unattended setup cannot ask for it.</source>
        <translation>無人セットアップでは、この値の入力を求めることができません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="51"/>
        <source>Give {option} on the command line or in --answers.</source>
        <translation>コマンド ラインまたは --answers で {option} を指定してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="55"/>
        <source>No user or group named {name} was found.</source>
        <translation>{name} という名前のユーザーまたはグループが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="56"/>
        <source>--assign takes a user principal name (UPN) or a group&apos;s exact name.</source>
        <translation>--assign には、ユーザー プリンシパル名 (UPN) またはグループの正確な名前を指定します。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="59"/>
        <source>Check the spelling and run setup again. Nothing was changed.</source>
        <translation>スペルを確認して、セットアップをもう一度実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="63"/>
        <source>Several groups are named {name}.</source>
        <translation>{name} という名前のグループが複数あります。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="64"/>
        <source>Their object IDs are: {ids}.</source>
        <translation>それらのオブジェクト ID: {ids}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="65"/>
        <source>Give the groups distinct names in Entra ID and run setup again. Nothing was changed.</source>
        <translation>Entra ID でグループに別々の名前を付けてから、セットアップをもう一度実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="85"/>
        <source>Give one of them with --role and run setup again: it reuses the Cisco Webex app it has just added; nothing else was changed.</source>
        <translation>--role でそのいずれかを指定して、セットアップをもう一度実行してください。追加したばかりの Cisco Webex アプリケーションが再利用されます。それ以外は何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="71"/>
        <source>The app has no role named {role}.</source>
        <translation>アプリケーションに {role} という名前のロールはありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="72"/>
        <source>Its assignable roles are: {known}.</source>
        <translation>割り当て可能なロール: {known}。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="77"/>
        <source>Give one of them with --role. Nothing was changed.</source>
        <translation>--role でいずれかを指定してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="138"/>
        <source>looking up the user</source>
        <translation>ユーザーの検索</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="146"/>
        <source>looking up the group</source>
        <translation>グループの検索</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="48"/>
        <source>The provisioning job is not known.</source>
        <translation>プロビジョニング ジョブが不明です。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="49"/>
        <source>Neither the saved progress nor the tenant names the Cisco Webex app&apos;s job.</source>
        <translation>保存された進行状況にもテナントにも、Cisco Webex アプリケーションのジョブが記録されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="52"/>
        <source>Run the checks first; if the job is gone, run setup again.</source>
        <translation>先にチェックを実行してください。ジョブがなくなっている場合は、セットアップをもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="57"/>
        <source>The answer &apos;{key}&apos; in {path} has the wrong type.</source>
        <translation>{path} の回答 &apos;{key}&apos; の型が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="58"/>
        <location filename="../../wizard/cli/inputs.py" line="64"/>
        <source>It must be {expected}.</source>
        <translation>{expected} である必要があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="59"/>
        <source>Correct &apos;{key}&apos; in the answers file and run again.</source>
        <translation>回答ファイルの &apos;{key}&apos; を修正して、もう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="63"/>
        <source>{name} is not valid: {value}</source>
        <translation>{name} が無効です: {value}</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="65"/>
        <source>Correct {name} and run again. Nothing was changed.</source>
        <translation>{name} を修正して、もう一度実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="69"/>
        <source>The command line is not valid: {message}</source>
        <translation>コマンド ラインが無効です: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="70"/>
        <source>The wizard cannot tell what to do.</source>
        <translation>ウィザードは何を実行すればよいか判断できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="71"/>
        <source>Run webex-scim-wizard --help for the options. Nothing was changed.</source>
        <translation>オプションを確認するには webex-scim-wizard --help を実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="182"/>
        <source>{host} closed the connection.</source>
        <extracomment>Retry-After values above this are not waited out inside a call: the response is returned at once and the caller tells the user to retry later (an outage must not freeze a step for minutes).</extracomment>
        <translation>{host} が接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="183"/>
        <source>The connection ended before an answer came ({detail}): the service, a proxy or a firewall dropped it. The certificate was not the problem.</source>
        <translation>応答を受け取る前に接続が終了しました ({detail})。サービス、プロキシ、またはファイアウォールが接続を切断しました。証明書の問題ではありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="188"/>
        <source>Wait a minute and click Retry; if it keeps happening, check your proxy.</source>
        <translation>しばらく待ってから [再試行] をクリックしてください。問題が続く場合は、プロキシを確認してください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="195"/>
        <source>A secure connection to {host} could not be set up.</source>
        <translation>{host} へのセキュリティで保護された接続を確立できませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="196"/>
        <source>The TLS handshake failed ({detail}): the address may not serve HTTPS, or a proxy interferes with the connection.</source>
        <translation>TLS ハンドシェイクに失敗しました ({detail})。このアドレスが HTTPS に対応していないか、プロキシが接続を妨げている可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="201"/>
        <source>Check that the configured address is the service&apos;s HTTPS address and your proxy settings (HTTPS_PROXY), then retry.</source>
        <translation>構成されたアドレスがサービスの HTTPS アドレスであること、およびプロキシ設定 (HTTPS_PROXY) を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="38"/>
        <source>Another run of the wizard is changing this profile.</source>
        <extracomment>How long a second run waits for the first before giving up (seconds). Short: the first run may take minutes, and an admin or a scheduler is better served by a clear message.</extracomment>
        <translation>ウィザードの別の実行がこのプロファイルを変更しています。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="39"/>
        <source>{owner} holds the lock; two runs at once could add the app or the job twice.</source>
        <translation>{owner} がロックを保持しています。2 つの実行が同時に行われると、アプリケーションやジョブが二重に追加される可能性があります。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="42"/>
        <source>Wait until it has finished, then run this command again. Nothing was changed.</source>
        <translation>その実行が終了するまで待ってから、このコマンドをもう一度実行してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="48"/>
        <source>The run lock {path} cannot be used.</source>
        <translation>実行ロック {path} を使用できません。</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="50"/>
        <source>Make sure the data folder is writable (or set WIZARD_DATA_DIR), then retry.</source>
        <translation>データ フォルダーに書き込めることを確認してから (または WIZARD_DATA_DIR を設定してから)、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>flows</name>
    <message>
        <location filename="../../wizard/entra/sync/mappings.py" line="113"/>
        <source>Webex matches existing users by userName. If userName is not mapped from the userPrincipalName, or a user&apos;s UPN differs from their Webex email, Entra creates a new Webex user instead of matching the existing one.</source>
        <extracomment>Cisco&apos;s recommended table (as in Microsoft&apos;s Cisco Webex tutorial, https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial): Entra source -&gt; Webex target.</extracomment>
        <translation>Webex は userName で既存のユーザーを照合します。userName が userPrincipalName からマッピングされていない場合や、ユーザーの UPN が Webex のメール アドレスと異なる場合、Entra は既存のユーザーと照合せずに新しい Webex ユーザーを作成します。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="131"/>
        <source>Add the Cisco Webex app to your tenant</source>
        <extracomment>The app role the assignments will get, by name (the app&apos;s roles are not known before it exists). Hide the new app from users&apos; My Apps portal (the HideApp tag) right after adding it.</extracomment>
        <translation>テナントに Cisco Webex アプリケーションを追加</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="133"/>
        <source>POST /applicationTemplates/{template_id}/instantiate — add &quot;{name}&quot; and hide it from My Apps (PATCH its tags)</source>
        <translation>POST /applicationTemplates/{template_id}/instantiate — 「{name}」を追加し、マイ アプリで非表示にします (タグを PATCH)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="139"/>
        <source>POST /applicationTemplates/{template_id}/instantiate — add &quot;{name}&quot;</source>
        <translation>POST /applicationTemplates/{template_id}/instantiate — 「{name}」を追加</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="187"/>
        <source>Hide the app from My Apps</source>
        <translation>マイ アプリでアプリケーションを非表示にする</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="189"/>
        <source>PATCH /servicePrincipals/{sp_id} — add the HideApp tag (every other tag is kept), so users do not see the app&apos;s tile in their My Apps portal</source>
        <translation>PATCH /servicePrincipals/{sp_id} — HideApp タグを追加し (ほかのタグはすべて維持)、ユーザーのマイ アプリ ポータルにアプリケーションのタイルが表示されないようにします</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="207"/>
        <source>Reuse the provisioning job {job_id}</source>
        <translation>プロビジョニング ジョブ {job_id} を再利用</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="209"/>
        <source>GET /servicePrincipals/{sp_id}/synchronization/jobs — the app already has job {job_id}; no new job is created</source>
        <translation>GET /servicePrincipals/{sp_id}/synchronization/jobs — アプリケーションには既にジョブ {job_id} があるため、新しいジョブは作成しません</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="228"/>
        <source>Create the provisioning job</source>
        <translation>プロビジョニング ジョブを作成</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="230"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning job from template {template_id}</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs — テンプレート {template_id} からプロビジョニング ジョブを作成</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="236"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning job</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs — プロビジョニング ジョブを作成</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="254"/>
        <source>Test the connection from Entra ID to Webex</source>
        <translation>Entra ID から Webex への接続をテスト</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="256"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials — Entra tries the tenant URL {tenant_url} with the Webex token; nothing is saved</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials — Entra が Webex トークンでテナント URL {tenant_url} を試します。何も保存されません</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="290"/>
        <source>all users and groups</source>
        <translation>すべてのユーザーとグループ</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="291"/>
        <source>only assigned users and groups</source>
        <translation>割り当てられたユーザーとグループのみ</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="292"/>
        <source>as Entra has it (only assigned users and groups for a new app)</source>
        <translation>Entra の設定のまま (新しいアプリケーションでは割り当てられたユーザーとグループのみ)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="297"/>
        <source>GET, then PUT /servicePrincipals/{sp_id}/synchronization/secrets — save the tenant URL, the Webex token, the notification email {email} ({notify}) and the scope ({scope}); every other setting Entra holds is kept</source>
        <translation>GET の後に PUT /servicePrincipals/{sp_id}/synchronization/secrets — テナント URL、Webex トークン、通知用メール {email} ({notify})、スコープ ({scope}) を保存し、Entra が保持するその他の設定はすべて維持します</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="305"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="307"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="312"/>
        <source>Save the Webex credentials and notification settings</source>
        <translation>Webex の資格情報と通知設定を保存</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="318"/>
        <source>the same credentials were saved by an earlier run and still work</source>
        <translation>以前の実行で同じ資格情報が保存されており、引き続き有効</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="360"/>
        <source>user</source>
        <extracomment>Graph&apos;s principal types, as the assignment&apos;s detail names them.</extracomment>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="360"/>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="369"/>
        <source>Assign {name} to the app as {role}</source>
        <translation>{name} を {role} としてアプリケーションに割り当て</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="371"/>
        <source>POST /servicePrincipals/{sp_id}/appRoleAssignedTo — assign the {kind} {who} with the app role &quot;{role}&quot;</source>
        <translation>POST /servicePrincipals/{sp_id}/appRoleAssignedTo — {kind} {who} にアプリ ロール「{role}」を割り当て</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="401"/>
        <source>Start provisioning</source>
        <translation>プロビジョニングを開始</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="403"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — turn provisioning on; Entra then syncs about every 40 minutes</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — プロビジョニングをオンにします。その後 Entra は約 40 分ごとに同期します</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="427"/>
        <source>Provision the test user to Webex now</source>
        <translation>テスト ユーザーを今すぐ Webex にプロビジョニング</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="433"/>
        <source>Provision {name} to Webex now, as a test</source>
        <translation>テストとして今すぐ {name} を Webex にプロビジョニング</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="442"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — provision {who} immediately and report whether it reached Webex</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — {who} をすぐにプロビジョニングし、Webex に届いたかどうかを報告します</translation>
    </message>
    <message>
        <source>Add the Cisco Webex app from the Entra gallery</source>
        <extracomment>The app role the assignments will get, by name (the app&apos;s roles are not known before it exists). Hide the new app from users&apos; My Apps portal (the HideApp tag) right after adding it.</extracomment>
        <translation type="vanished">Entra ギャラリーから Cisco Webex アプリケーションを追加</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="127"/>
        <source>added to your tenant</source>
        <extracomment>The app an earlier, killed Apply added for this tenant (see add_app).</extracomment>
        <translation>テナントに追加済み</translation>
    </message>
    <message>
        <source>added to your tenant and hidden from My Apps</source>
        <translation type="vanished">テナントに追加され、マイ アプリで非表示</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="129"/>
        <source>the tenant already had it; nothing was added</source>
        <translation>テナントに既に存在するため、何も追加していません</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="182"/>
        <source>not hidden: {reason} Run the setup again, or set Visible to users? to No in the Entra admin center (Enterprise applications &gt; the app &gt; Properties)</source>
        <translation>非表示にできませんでした: {reason} セットアップをもう一度実行するか、Entra 管理センター (エンタープライズ アプリケーション &gt; 該当のアプリケーション &gt; プロパティ) で「ユーザーに表示しますか?」を「いいえ」に設定してください</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="191"/>
        <source>it was already hidden</source>
        <translation>既に非表示</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="206"/>
        <location filename="../../wizard/flows/setup_plan.py" line="220"/>
        <source>reuse job {job_id}</source>
        <translation>ジョブ {job_id} を再利用</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="214"/>
        <source>created job {job_id}</source>
        <translation>ジョブ {job_id} を作成済み</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="241"/>
        <source>Entra did not let the wizard read its saved settings; the other settings were kept as this wizard saved them last</source>
        <translation>Entra がウィザードに保存済みの設定の読み取りを許可しなかったため、ほかの設定はこのウィザードが最後に保存したとおりに維持されました</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="281"/>
        <location filename="../../wizard/flows/setup_apply.py" line="289"/>
        <location filename="../../wizard/flows/setup_plan.py" line="386"/>
        <source>already assigned with this role</source>
        <translation>既にこのロールで割り当て済み</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="302"/>
        <location filename="../../wizard/flows/setup_plan.py" line="413"/>
        <source>the job is already running ({status})</source>
        <translation>ジョブは既に実行中 ({status})</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="341"/>
        <source>created in Webex</source>
        <extracomment>Provision on demand&apos;s action (Create, Update, Delete...) -&gt; the note, in past tense.</extracomment>
        <translation>Webex で作成済み</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="342"/>
        <source>updated in Webex</source>
        <translation>Webex で更新済み</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="343"/>
        <source>deleted in Webex</source>
        <translation>Webex で削除済み</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="344"/>
        <source>provisioned in Webex</source>
        <translation>Webex にプロビジョニング済み</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="350"/>
        <source>already up to date in Webex</source>
        <translation>Webex では既に最新の状態</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../wizard/ui/ops.py" line="47"/>
        <source>the application log</source>
        <translation>アプリケーション ログ</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/ops.py" line="76"/>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="47"/>
        <source>Cloud Application Administrator</source>
        <extracomment>Role template id -&gt; name, least privileged first (the one to ask for). Names are marked for translation: they are shown as ``{role}`` and the consoles localize them.</extracomment>
        <translation>クラウド アプリケーション管理者</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="48"/>
        <source>Application Administrator</source>
        <translation>アプリケーション管理者</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="49"/>
        <source>Global Administrator</source>
        <translation>グローバル管理者</translation>
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
        <translation>ロール: なし</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="229"/>
        <source>roles: {roles}</source>
        <translation>ロール: {roles}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="239"/>
        <source>Your account holds the {role} role, which can set up provisioning.</source>
        <translation>お使いのアカウントには、プロビジョニングを設定できる{role}ロールがあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="248"/>
        <source>Your account has none of the roles setup needs: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>お使いのアカウントには、セットアップに必要なロール (クラウド アプリケーション管理者、アプリケーション管理者、またはグローバル管理者) がありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="255"/>
        <source>Ask your Global Administrator or Privileged Role Administrator to assign you the {least} role (the least privileged one that is enough). If the role is eligible for you in Privileged Identity Management, activate it, then click Check again.</source>
        <translation>グローバル管理者または特権ロール管理者に、{least}ロール (必要な権限を持つ最小特権のロール) の割り当てを依頼してください。Privileged Identity Management で資格のあるロールとして割り当てられている場合は、アクティブ化してから [再確認] をクリックしてください。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="269"/>
        <location filename="../../wizard/entra/preflight.py" line="417"/>
        <source>object ID {id}</source>
        <translation>オブジェクト ID {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="270"/>
        <source>provisioning job: {status}</source>
        <translation>プロビジョニング ジョブ: {status}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="272"/>
        <source>provisioning job: none</source>
        <translation>プロビジョニング ジョブ: なし</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="273"/>
        <source>single sign-on: {mode}</source>
        <translation>シングル サインオン: {mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="275"/>
        <source>single sign-on: not set</source>
        <translation>シングル サインオン: 未設定</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="276"/>
        <source>matched by gallery template</source>
        <translation>ギャラリー テンプレートで一致</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="278"/>
        <source>matched by name</source>
        <translation>名前で一致</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="289"/>
        <source>There is no &quot;Cisco Webex&quot; app in your tenant, and the wizard cannot add one from the gallery.</source>
        <translation>テナントに「Cisco Webex」アプリケーションがなく、ウィザードはギャラリーから追加することもできません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="295"/>
        <source>error: {code}</source>
        <translation>エラー: {code}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="301"/>
        <source>No &quot;Cisco Webex&quot; app yet: the wizard will add it from the gallery next.</source>
        <translation>まだ「Cisco Webex」アプリケーションはありません。次の手順で、ウィザードがギャラリーから追加します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="309"/>
        <source>gallery template: {id}</source>
        <translation>ギャラリー テンプレート: {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="327"/>
        <source>Found the &quot;{name}&quot; app already in your tenant (added earlier, for single sign-on or by a previous run). The wizard will reuse it and skip adding one.</source>
        <translation>テナントに「{name}」アプリケーションが既にあります (以前にシングル サインオン用に、または前回の実行で追加されたもの)。ウィザードはこれを再利用し、追加の手順をスキップします。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="342"/>
        <source>Found {count} &quot;Cisco Webex&quot; apps. Only one should provision users; you will choose which one on the next page.</source>
        <translation>「Cisco Webex」アプリケーションが {count} 個見つかりました。ユーザーをプロビジョニングするのは 1 つだけにしてください。次のページでどれを使用するかを選択します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="359"/>
        <source>It has no provisioning job yet: the wizard will create one.</source>
        <translation>まだプロビジョニング ジョブがありません。ウィザードが作成します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="368"/>
        <source>job {id}: {status} (schedule {schedule})</source>
        <translation>ジョブ {id}: {status} (スケジュール: {schedule})</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="373"/>
        <source>job {id}: {status} (schedule unknown)</source>
        <translation>ジョブ {id}: {status} (スケジュール不明)</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="383"/>
        <source>Its provisioning job is in quarantine ({reason}). The wizard will update its Webex credentials and restart it instead of creating another job.</source>
        <translation>プロビジョニング ジョブが検疫状態です ({reason})。ウィザードは別のジョブを作成せず、このジョブの Webex 資格情報を更新して再開します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="388"/>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="395"/>
        <source>It already has a provisioning job (status {status}). The wizard will update that job instead of creating another one.</source>
        <translation>既にプロビジョニング ジョブがあります (状態: {status})。ウィザードは別のジョブを作成せず、そのジョブを更新します。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="411"/>
        <source>The &quot;Cisco Webex Identity Integration&quot; app is present.</source>
        <translation>「Cisco Webex Identity Integration」アプリケーションがあります。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="418"/>
        <source>appId {app_id}</source>
        <translation>appId {app_id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="425"/>
        <source>The &quot;Cisco Webex Identity Integration&quot; app is missing from your tenant.</source>
        <translation>テナントに「Cisco Webex Identity Integration」アプリケーションがありません。</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="432"/>
        <source>no service principal with appId {app_id}</source>
        <translation>appId が {app_id} のサービス プリンシパルはありません</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="437"/>
        <source>Provisioning set up by this wizard does not need it, so you can continue. Control Hub&apos;s own Entra ID wizard does need it, and its absence causes &apos;request was unauthorized&apos; errors there; the wizard&apos;s repair mode can restore it with an admin consent.</source>
        <translation>このウィザードで設定するプロビジョニングには不要なため、このまま続行できます。ただし、Control Hub 自体の Entra ID ウィザードには必要で、ない場合は Control Hub で &apos;request was unauthorized&apos; エラーが発生します。ウィザードの修復モードで、管理者の同意によって復元できます。</translation>
    </message>
    <message>
        <source>Your account has none of the roles setup needs: {needed}.</source>
        <translation type="vanished">お使いのアカウントには、セットアップに必要なロールがありません: {needed}。</translation>
    </message>
</context>
<context>
    <name>repair</name>
    <message>
        <location filename="../../wizard/flows/repair.py" line="181"/>
        <source>The job is already running; it was not restarted.</source>
        <extracomment>Which check confirms which fix.</extracomment>
        <translation>ジョブは既に実行中のため、再開しませんでした。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="188"/>
        <source>The provisioning job was started again.</source>
        <translation>プロビジョニング ジョブを再開しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="197"/>
        <source>The new Webex token is saved in Entra ID and the job was restarted.</source>
        <extracomment>(job restarted, Entra let us read its settings) -&gt; what renew_token says.</extracomment>
        <translation>新しい Webex トークンを Entra ID に保存し、ジョブを再開しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="200"/>
        <source>The new Webex token is saved in Entra ID.</source>
        <translation>新しい Webex トークンを Entra ID に保存しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="201"/>
        <source>The new Webex token is saved in Entra ID and the job was restarted. Entra did not let the wizard read its other provisioning settings, so those the wizard saved last were kept.</source>
        <translation>新しい Webex トークンを Entra ID に保存し、ジョブを再開しました。Entra がウィザードにほかのプロビジョニング設定の読み取りを許可しなかったため、ウィザードが最後に保存した設定を維持しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="206"/>
        <source>The new Webex token is saved in Entra ID. Entra did not let the wizard read its other provisioning settings, so those the wizard saved last were kept.</source>
        <translation>新しい Webex トークンを Entra ID に保存しました。Entra がウィザードにほかのプロビジョニング設定の読み取りを許可しなかったため、ウィザードが最後に保存した設定を維持しました。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="395"/>
        <source>Cisco Webex Identity Integration is back in your tenant.</source>
        <translation>Cisco Webex Identity Integration がテナントに復元されました。</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="118"/>
        <source>Webex provisioning setup report</source>
        <extracomment>Renew this long before the token expires: the daily check&apos;s warning period, so Finish, the report, the reminder and ``check`` name the same day. Admin consoles per cloud. Consoles are not API endpoints (nothing calls them), so they are derived from the chosen cloud rather than configured. The China and FedRAMP entries follow docs/webex.md#webex-for-government and https://learn.microsoft.com/en-us/graph/deployments. Seconds since the epoch, or None when no token expiry is known. &quot;Alex Wilber (alexw@contoso.onmicrosoft.com) — User, role User&quot; etc.</extracomment>
        <translation>Webex プロビジョニング設定レポート</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="119"/>
        <source>Generated (UTC)</source>
        <translation>作成日時 (UTC)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="120"/>
        <source>Demo mode: these values come from the simulator, not a real tenant.</source>
        <translation>デモ モード: これらの値は実際のテナントではなく、シミュレーターから取得したものです。</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="123"/>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra テナント</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="124"/>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="125"/>
        <source>Enterprise app</source>
        <translation>エンタープライズ アプリケーション</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="126"/>
        <source>Service principal (object) ID</source>
        <translation>サービス プリンシパル (オブジェクト) ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="127"/>
        <source>Provisioning job ID</source>
        <translation>プロビジョニング ジョブ ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="128"/>
        <source>Provisioning job status</source>
        <translation>プロビジョニング ジョブの状態</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="129"/>
        <source>Webex tenant URL</source>
        <translation>Webex テナント URL</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="130"/>
        <source>Webex organization ID</source>
        <translation>Webex 組織 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="131"/>
        <source>Webex token expires</source>
        <translation>Webex トークンの有効期限</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="132"/>
        <source>Renew the token before</source>
        <translation>トークンの更新期限</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="133"/>
        <source>Failure notifications go to</source>
        <translation>エラー通知の送信先</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="134"/>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="135"/>
        <source>Assigned users and groups</source>
        <translation>割り当てられたユーザーとグループ</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="136"/>
        <source>First user</source>
        <translation>最初のユーザー</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="137"/>
        <source>Changes made</source>
        <translation>行った変更</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="138"/>
        <source>Admin consoles</source>
        <translation>管理コンソール</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="139"/>
        <source>Entra admin center</source>
        <translation>Entra 管理センター</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="140"/>
        <source>Control Hub</source>
        <translation>Control Hub</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="141"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="142"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="143"/>
        <source>Before that date, run the wizard&apos;s Repair to sign in to Webex again and save the new token in Entra ID; provisioning stops when the token expires.</source>
        <translation>この日付より前に、ウィザードの修復を実行して Webex にもう一度サインインし、新しいトークンを Entra ID に保存してください。トークンの有効期限が切れると、プロビジョニングは停止します。</translation>
    </message>
</context>
</TS>
