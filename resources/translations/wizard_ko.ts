<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="34"/>
        <source>○ Waiting</source>
        <extracomment>Colour kinds (style.colour picks the shade that reads on the current palette).</extracomment>
        <translation>○ 대기 중</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="35"/>
        <source>● Running…</source>
        <translation>● 실행 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="36"/>
        <source>✓ Done</source>
        <translation>✓ 완료</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="37"/>
        <source>✗ Failed</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <source>– Already done</source>
        <translation type="vanished">– 이미 완료됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="43"/>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="122"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="123"/>
        <source>Make the changes and start provisioning.</source>
        <translation>변경 내용을 적용하고 프로비저닝을 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="59"/>
        <source>The wizard makes the changes in order. If one fails it stops there, says why, and can retry from that step; running it again never duplicates anything.</source>
        <extracomment>Steps whose failure a new Webex sign-in fixes (the token or the tenant URL was rejected).</extracomment>
        <translation>마법사는 변경을 순서대로 적용합니다. 하나가 실패하면 그 단계에서 멈추고 이유를 알려 주며, 해당 단계부터 다시 시도할 수 있습니다. 다시 실행해도 아무것도 중복되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="106"/>
        <source>First user</source>
        <translation>첫 번째 사용자</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="89"/>
        <source>Provisioning job</source>
        <extracomment>The wait for Entra ID to finish creating an added app (None: the flow&apos;s default; tests shorten it). The overall result, first thing on the page (&quot;Setup complete — …&quot;), above the intro.</extracomment>
        <translation>프로비저닝 작업</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="vanished">새로 고침</translation>
    </message>
    <message>
        <source>Back to the Webex sign-in</source>
        <translation type="vanished">Webex 로그인으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply_rows.py" line="38"/>
        <source>✓ Already set up</source>
        <translation>✓ 이미 설정됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="115"/>
        <source>Show &amp;details (the Microsoft Graph calls)</source>
        <translation>세부 정보 표시(Microsoft Graph 호출)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="91"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="95"/>
        <source>Back to the &amp;Webex sign-in</source>
        <translation>Webex 로그인으로 돌아가기(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="137"/>
        <source>Keep waiting</source>
        <translation>계속 기다리기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="139"/>
        <source>Retry from this step</source>
        <translation>이 단계부터 다시 시도</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="147"/>
        <source>Review the changes first: go Back.</source>
        <translation>먼저 변경 내용을 검토하세요. [뒤로]를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="156"/>
        <location filename="../../wizard/ui/pages/apply.py" line="218"/>
        <source>Stopping after the current step…</source>
        <translation>현재 단계가 끝나면 중지합니다…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="165"/>
        <source>Applying the changes…</source>
        <translation>변경 내용을 적용하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="216"/>
        <source>Applying: {step}</source>
        <translation>적용하는 중: {step}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="245"/>
        <source>Setup stopped: nothing after the failed step was done.</source>
        <translation>설정이 중지되었습니다. 실패한 단계 이후의 작업은 수행되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="321"/>
        <source>Microsoft Entra&apos;s message: {message}</source>
        <translation>Microsoft Entra 메시지: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="329"/>
        <source>Setup complete — {user} is in Webex and provisioning is on.</source>
        <translation>설정 완료 — {user}이(가) Webex에 추가되었으며 프로비저닝이 켜져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="332"/>
        <source>Setup complete — provisioning is on.</source>
        <translation>설정 완료 — 프로비저닝이 켜져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="336"/>
        <source>No test user was chosen, so nobody was provisioned on demand.</source>
        <translation>테스트 사용자를 선택하지 않았으므로 주문형 프로비저닝된 사용자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="339"/>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="341"/>
        <source>Already up to date in Webex</source>
        <translation>Webex에 이미 최신 상태로 반영됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="366"/>
        <source>Last run: {state}, {time}</source>
        <translation>마지막 실행: {state}, {time}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="342"/>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="344"/>
        <source>{user}: {verdict}</source>
        <translation>{user}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="346"/>
        <source>The user now exists in Webex.</source>
        <translation>이제 이 사용자가 Webex에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="348"/>
        <source>The user is not in Webex yet.</source>
        <translation>이 사용자는 아직 Webex에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="357"/>
        <source>Test user</source>
        <translation>테스트 사용자</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="361"/>
        <source>Status unknown.</source>
        <translation>상태를 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="362"/>
        <source>Status: {code}</source>
        <translation>상태: {code}</translation>
    </message>
    <message>
        <source>Last run: {run}</source>
        <translation type="vanished">마지막 실행: {run}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="371"/>
        <source>Last run: not yet (Entra ID runs the first cycle shortly)</source>
        <translation>마지막 실행: 아직 없음(Entra ID에서 곧 첫 번째 주기를 실행함)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="376"/>
        <source>In scope: {entitled}, exported to Webex: {exported}, in escrow: {escrowed}</source>
        <translation>범위 내: {entitled}, Webex로 내보냄: {exported}, 에스크로: {escrowed}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="385"/>
        <source>In quarantine: {reason}</source>
        <translation>격리됨: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="398"/>
        <source>Reading the job status…</source>
        <translation>작업 상태를 읽는 중…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>The wizard creates the provisioning job, saves the Webex tenant URL and token in Entra ID, sets the notification email and starts the job.</source>
        <translation type="vanished">마법사가 프로비저닝 작업을 만들고, Webex 테넌트 URL과 토큰을 Entra ID에 저장하고, 알림 메일을 설정한 다음 작업을 시작합니다.</translation>
    </message>
    <message>
        <source>It then provisions the test user on demand and shows the result. Running it again never duplicates anything.</source>
        <translation type="vanished">그런 다음 테스트 사용자를 주문형 프로비저닝하고 결과를 표시합니다. 다시 실행해도 아무것도 중복되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>This step is not active in this version yet: nothing was set up, checked or changed.</source>
        <extracomment>The page Next leads to (Calibre-style explicit order); None = this is the last page.</extracomment>
        <translation type="vanished">이 단계는 이 버전에서 아직 작동하지 않습니다. 아무것도 설정, 확인 또는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>This step is not active in this version yet: Next moves on without signing in, checking or changing anything.</source>
        <translation type="vanished">이 단계는 이 버전에서 아직 작동하지 않습니다. [다음]을 누르면 로그인, 확인, 변경 없이 다음 단계로 넘어갑니다.</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <location filename="../../wizard/ui/browser.py" line="144"/>
        <source>Sign in</source>
        <extracomment>The full captured URL (query and fragment included). Never log or display it.</extracomment>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="195"/>
        <source>This window closes by itself when the sign-in is complete.</source>
        <translation>로그인이 완료되면 이 창은 자동으로 닫힙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="201"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="263"/>
        <source>Certificate not trusted: the page was blocked.</source>
        <translation>신뢰할 수 없는 인증서: 페이지를 차단했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="270"/>
        <source>Demo simulator: its certificate is trusted by its exact fingerprint.</source>
        <translation>데모 시뮬레이터: 정확한 지문이 일치하는 인증서만 신뢰합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="280"/>
        <source>Secure connection</source>
        <translation>보안 연결</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/browser.py" line="287"/>
        <source>Not secure: do not enter a password here.</source>
        <translation>안전하지 않음: 여기에 암호를 입력하지 마세요.</translation>
    </message>
</context>
<context>
    <name>BusyPanel</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="373"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPage</name>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="70"/>
        <source>… Checking</source>
        <extracomment>How many times a throttled test waits and runs again by itself before asking the admin. Colour kinds (style.colour picks the shade that reads on the current palette).</extracomment>
        <translation>… 확인 중</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="75"/>
        <source>✓ Passed</source>
        <translation>✓ 통과</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="76"/>
        <source>✗ Failed</source>
        <translation>✗ 실패</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="77"/>
        <source>– Not checked</source>
        <translation>– 확인 안 함</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="98"/>
        <source>Test the connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="99"/>
        <source>Check that Entra ID will be able to reach Webex with this token.</source>
        <translation>Entra ID가 이 토큰으로 Webex에 연결할 수 있는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="90"/>
        <source>The wizard calls the Webex provisioning (SCIM) service at the tenant URL with the captured token, as Entra ID will. The test reads only; it changes nothing.</source>
        <translation>마법사는 Entra ID와 같은 방식으로, 가져온 토큰을 사용해 테넌트 URL의 Webex 프로비저닝(SCIM) 서비스를 호출합니다. 이 테스트는 읽기만 하며 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="104"/>
        <source>Webex answers over HTTPS</source>
        <extracomment>The last test&apos;s report and where the credentials it passed were saved (None until then; read by the tests).</extracomment>
        <translation>Webex가 HTTPS로 응답</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="105"/>
        <source>Webex accepts the token</source>
        <translation>Webex가 토큰을 허용</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="106"/>
        <source>The account has administrator rights</source>
        <translation>계정에 관리자 권한이 있음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="107"/>
        <source>The tenant URL and organization ID are right</source>
        <translation>테넌트 URL과 조직 ID가 올바름</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="115"/>
        <source>Run the test &amp;again</source>
        <translation>테스트 다시 실행(&amp;A)</translation>
    </message>
    <message>
        <source>Run the test again</source>
        <translation type="vanished">테스트 다시 실행</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="120"/>
        <source>Entra ID&apos;s own Test Connection runs later, once the provisioning job exists.</source>
        <translation>Entra ID 자체의 [연결 테스트]는 프로비저닝 작업이 만들어진 후에 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="148"/>
        <source>Tenant URL: {url}</source>
        <translation>테넌트 URL: {url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="162"/>
        <source>Calling Webex at the tenant URL…</source>
        <translation>테넌트 URL로 Webex를 호출하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="184"/>
        <source>Webex asks to wait {seconds} seconds before the next request; the test continues by itself.</source>
        <translation>Webex에서 다음 요청 전에 {seconds}초 동안 기다리도록 요청했습니다. 테스트는 자동으로 계속됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="252"/>
        <location filename="../../wizard/ui/pages/connection_test.py" line="287"/>
        <source>What to do next: {fix}</source>
        <translation>조치 방법: {fix}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="256"/>
        <source>TrackingID: {id}</source>
        <translation>TrackingID: {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="266"/>
        <source>The token, organization ID and tenant URL were saved in the system keyring.</source>
        <translation>토큰, 조직 ID, 테넌트 URL을 시스템 키링에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="270"/>
        <source>The token, organization ID and tenant URL are kept in memory only, as you chose not to remember secrets.</source>
        <translation>비밀을 기억하지 않도록 선택했으므로 토큰, 조직 ID, 테넌트 URL은 메모리에만 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="275"/>
        <source>The token, organization ID and tenant URL are kept in memory; they are saved in the system keyring once the Microsoft sign-in tells the wizard your tenant.</source>
        <translation>토큰, 조직 ID, 테넌트 URL은 메모리에 보관되며, Microsoft 로그인으로 마법사가 테넌트를 알게 되면 시스템 키링에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/connection_test.py" line="288"/>
        <source>Setup can continue; the token is kept in memory for this session.</source>
        <translation>설정을 계속할 수 있습니다. 토큰은 이 세션 동안 메모리에 보관됩니다.</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>The wizard first calls the Webex provisioning (SCIM) service directly with the captured token.</source>
        <translation type="vanished">마법사는 먼저 가져온 토큰으로 Webex 프로비저닝(SCIM) 서비스를 직접 호출합니다.</translation>
    </message>
    <message>
        <source>Then it asks Entra ID to validate the same credentials, exactly as the provisioning service will use them.</source>
        <translation type="vanished">그런 다음 프로비저닝 서비스가 실제로 사용할 방식 그대로 같은 자격 증명의 유효성을 검사하도록 Entra ID에 요청합니다.</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="341"/>
        <source>Demo mode: every sign-in and change goes to a simulator on this computer. Your real Microsoft tenant and Webex organization are not touched.</source>
        <extracomment>Room left for a window&apos;s frame and title bar (and a taskbar on a 1366x768 screen).</extracomment>
        <translation>데모 모드: 모든 로그인과 변경은 이 컴퓨터의 시뮬레이터로 전송됩니다. 실제 Microsoft 테넌트와 Webex 조직은 변경되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="352"/>
        <source>Demo mode: every sign-in and change goes to a simulator on this computer. Your real Microsoft tenant and Webex organization are not touched. No system keyring was found, so the demo keeps its sign-ins in memory until it closes.</source>
        <translation>데모 모드: 모든 로그인과 변경은 이 컴퓨터의 시뮬레이터로 전송됩니다. 실제 Microsoft 테넌트와 Webex 조직은 변경되지 않습니다. 시스템 키링을 찾을 수 없으므로 데모는 종료될 때까지 로그인 정보를 메모리에 보관합니다.</translation>
    </message>
</context>
<context>
    <name>DemoStart</name>
    <message>
        <location filename="../../wizard/ui/demo_start.py" line="60"/>
        <source>Starting the demo services…</source>
        <translation>데모 서비스를 시작하는 중…</translation>
    </message>
</context>
<context>
    <name>EnvironmentPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="55"/>
        <source>Your environment</source>
        <translation>사용 환경</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="56"/>
        <source>Choose the Microsoft cloud and the Webex environment your organization uses.</source>
        <translation>조직에서 사용하는 Microsoft 클라우드와 Webex 환경을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="47"/>
        <source>Global (login.microsoftonline.com)</source>
        <translation>글로벌(login.microsoftonline.com)</translation>
    </message>
    <message>
        <source>US Government (GCC High and DoD)</source>
        <translation type="vanished">미국 정부(GCC High 및 DoD)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="31"/>
        <source>Webex for Government: Cisco says admin tokens last no longer than 12 hours. Entra ID keeps using the token the wizard gives it, so provisioning stops when it expires unless the token is renewed (repair mode). Ask Cisco how to keep provisioning running for Webex for Government.</source>
        <extracomment>Cisco, &quot;Create a FedRAMP Integration&quot; (https://developer.webex.com/docs/api/guides/create-a-fedramp-integration).</extracomment>
        <translation>Webex for Government: Cisco에 따르면 관리자 토큰은 최대 12시간 동안만 유효합니다. Entra ID는 마법사가 제공한 토큰을 계속 사용하므로, 토큰을 갱신하지 않으면(복구 모드) 만료될 때 프로비저닝이 중지됩니다. Webex for Government에서 프로비저닝을 계속 실행하는 방법은 Cisco에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="48"/>
        <source>US Government (GCC High)</source>
        <translation>미국 정부(GCC High)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="49"/>
        <source>US Government DoD (dod-graph.microsoft.us)</source>
        <translation>미국 정부 DoD(dod-graph.microsoft.us)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="50"/>
        <source>China (operated by 21Vianet)</source>
        <translation>중국(21Vianet에서 운영)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="53"/>
        <source>Commercial</source>
        <translation>상용</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="54"/>
        <source>Webex for Government (FedRAMP)</source>
        <translation>Webex for Government (FedRAMP)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="61"/>
        <source>Microsoft Entra cloud</source>
        <translation>Microsoft Entra 클라우드</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="64"/>
        <source>Webex</source>
        <translation>Webex</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="75"/>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="121"/>
        <location filename="../../wizard/ui/pages/environment.py" line="220"/>
        <source>Application (client) ID</source>
        <translation>애플리케이션(클라이언트) ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="125"/>
        <source>Leave empty to use Microsoft&apos;s own &quot;Microsoft Graph Command Line Tools&quot; app, or enter your organization&apos;s app registration.</source>
        <translation>Microsoft의 &quot;Microsoft Graph Command Line Tools&quot; 앱을 사용하려면 비워 두세요. 조직에서 등록한 앱을 사용하려면 해당 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="133"/>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="137"/>
        <source>Leave empty to sign in to any organization, or enter a tenant ID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>모든 조직에 로그인할 수 있게 하려면 비워 두세요. 특정 조직을 지정하려면 테넌트 ID 또는 contoso.onmicrosoft.com 같은 확인된 도메인을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="206"/>
        <source>This is not a valid tenant. {reason}</source>
        <translation>유효한 테넌트가 아닙니다. {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="211"/>
        <source>This is not a valid application (client) ID. {reason}</source>
        <translation>유효한 애플리케이션(클라이언트) ID가 아닙니다. {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="221"/>
        <source>Webex sign-in host</source>
        <translation>Webex 로그인 호스트</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="222"/>
        <source>Webex API address</source>
        <translation>Webex API 주소</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="223"/>
        <source>Webex tenant URL given to Entra ID</source>
        <translation>Entra ID에 제공하는 Webex 테넌트 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="224"/>
        <source>Webex SCIM 2 address</source>
        <translation>Webex SCIM 2 주소</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="225"/>
        <source>Webex sign-in client ID</source>
        <translation>Webex 로그인 클라이언트 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="226"/>
        <source>Microsoft sign-in host</source>
        <translation>Microsoft 로그인 호스트</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="227"/>
        <source>Microsoft Graph address</source>
        <translation>Microsoft Graph 주소</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/environment.py" line="241"/>
        <source>Not confirmed by a public Microsoft or Cisco source for this environment. If a later step fails, ask your Microsoft or Cisco contact for the right value and set it in the configuration file:</source>
        <translation>다음 값은 이 환경에 대해 Microsoft 또는 Cisco의 공개 자료로 확인되지 않았습니다. 이후 단계가 실패하면 Microsoft 또는 Cisco 담당자에게 올바른 값을 문의하여 구성 파일에 설정하세요.</translation>
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
        <translation>세부 정보 복사</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/apply.py" line="141"/>
        <location filename="../../wizard/ui/widgets.py" line="425"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="441"/>
        <source>What to do next: {fix}</source>
        <translation>조치 방법: {fix}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="447"/>
        <source>Support ids: {ids}</source>
        <translation>지원용 ID: {ids}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/widgets.py" line="465"/>
        <source>Error type: {code}</source>
        <translation>오류 유형: {code}</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../../wizard/ui/app.py" line="124"/>
        <source>Webex Provisioning Wizard</source>
        <extracomment>A smoke run that has not painted its first page by then has failed.</extracomment>
        <translation>Webex 프로비저닝 마법사</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/app.py" line="133"/>
        <source>{why}

What to do next: {fix}</source>
        <translation>{why}

조치 방법: {fix}</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="128"/>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="129"/>
        <source>A summary of the connection and what to do next.</source>
        <translation>연결 요약과 이후 할 일입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="57"/>
        <source>Keep it healthy</source>
        <translation>정상 상태 유지</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="61"/>
        <source>Assigned users and groups</source>
        <translation>할당된 사용자 및 그룹</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="64"/>
        <source>Admin consoles</source>
        <translation>관리 콘솔</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="66"/>
        <source>Open in Entra admin center</source>
        <translation>Entra 관리 센터에서 열기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="71"/>
        <source>Open Control Hub</source>
        <translation>Control Hub 열기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="76"/>
        <source>Save report…</source>
        <translation>보고서 저장…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="102"/>
        <source>exists in Webex</source>
        <translation>Webex에 있음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="102"/>
        <source>not in Webex yet</source>
        <translation>아직 Webex에 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="108"/>
        <source>All users and groups</source>
        <translation>모든 사용자 및 그룹</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="110"/>
        <source>Only assigned users and groups</source>
        <translation>할당된 사용자 및 그룹만</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="143"/>
        <source>Provisioning from Entra ID to Webex is set up.</source>
        <translation>Entra ID에서 Webex로의 프로비저닝이 설정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="145"/>
        <source>The setup did not run to the end: nothing below was confirmed.</source>
        <translation>설정이 끝까지 실행되지 않았습니다. 아래 내용은 확인되지 않았습니다.</translation>
    </message>
    <message>
        <source>The Webex token expires on {date}. Renew it before {renew} with Repair: run the wizard again and choose Repair, sign in to Webex, and the new token is saved in Entra ID. Provisioning stops when it expires.</source>
        <translation type="vanished">Webex 토큰은 {date}에 만료됩니다. {renew} 전에 복구 기능으로 갱신하세요. 마법사를 다시 실행하여 [복구]를 선택하고 Webex에 로그인하면 새 토큰이 Entra ID에 저장됩니다. 토큰이 만료되면 프로비저닝이 중지됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="153"/>
        <source>None chosen in this run.</source>
        <translation>이번 실행에서는 선택하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="191"/>
        <source>The Webex token expires on {date}. Renew it before {renew}: run the wizard again and choose Renew the Webex token, sign in to Webex, and the new token is saved in Entra ID. Provisioning stops when it expires.</source>
        <translation>Webex 토큰은 {date}에 만료됩니다. {renew} 전에 갱신하세요. 마법사를 다시 실행하여 [Webex 토큰 갱신]을 선택하고 Webex에 로그인하면 새 토큰이 Entra ID에 저장됩니다. 토큰이 만료되면 프로비저닝이 중지됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="199"/>
        <source>The token belongs to the Webex administrator who signed in: resetting that administrator&apos;s access in Control Hub revokes it, and provisioning stops until the token is renewed.</source>
        <translation>토큰은 로그인한 Webex 관리자의 것입니다. Control Hub에서 해당 관리자의 액세스를 재설정하면 토큰이 해지되고, 토큰을 갱신할 때까지 프로비저닝이 중지됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="213"/>
        <source>Entra admin center: {url}</source>
        <translation>Entra 관리 센터: {url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="214"/>
        <source>Control Hub: {url}</source>
        <translation>Control Hub: {url}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="219"/>
        <source>Demo mode: these are the real consoles, which the simulator does not change, so the buttons do not open them.</source>
        <translation>데모 모드: 이 주소는 시뮬레이터가 변경하지 않는 실제 콘솔이므로 버튼을 눌러도 열리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="233"/>
        <source>Save the setup report</source>
        <translation>설정 보고서 저장</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="236"/>
        <source>Plain text (*.txt)</source>
        <translation>일반 텍스트(*.txt)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="237"/>
        <source>Web page (*.html)</source>
        <translation>웹 페이지(*.html)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="271"/>
        <source>Could not save the report to {path}: {reason}</source>
        <translation>보고서를 {path}에 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish.py" line="277"/>
        <source>Report saved to {path}</source>
        <translation>보고서를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>This page summarises what was set up and when the Webex token expires, so you can plan its renewal.</source>
        <translation type="vanished">이 페이지에는 설정된 내용과 Webex 토큰의 만료 시점이 요약되어 있어 토큰 갱신을 미리 계획할 수 있습니다.</translation>
    </message>
    <message>
        <source>You can save a report to share with your team or with support.</source>
        <translation type="vanished">팀이나 지원 담당자와 공유할 보고서를 저장할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>FinishUpkeep</name>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="48"/>
        <source>A daily check warns {days} days before the Webex token expires and when provisioning stops. This entry runs it every morning:</source>
        <translation>일일 검사는 Webex 토큰이 만료되기 {days}일 전과 프로비저닝이 중지되었을 때 경고합니다. 다음 항목이 매일 아침 검사를 실행합니다:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="56"/>
        <source>Scheduled task entry</source>
        <translation>예약된 작업 항목</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="62"/>
        <source>&amp;Schedule the daily check</source>
        <translation>일일 검사 예약(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="65"/>
        <source>Save a calendar &amp;reminder…</source>
        <translation>캘린더 미리 알림 저장(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="79"/>
        <source>Demo mode: nothing is scheduled, the simulator stops with the demo. This is the entry a real setup creates.</source>
        <translation>데모 모드: 아무것도 예약되지 않으며, 시뮬레이터는 데모와 함께 중지됩니다. 아래는 실제 설정에서 만들어지는 항목입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="106"/>
        <source>Scheduling the daily check…</source>
        <translation>일일 검사를 예약하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="114"/>
        <source>Could not schedule the check: {reason}</source>
        <translation>검사를 예약할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="119"/>
        <source>The daily check is scheduled. Forget saved sign-ins (start page) removes it.</source>
        <translation>일일 검사가 예약되었습니다. 시작 페이지의 [저장된 로그인 정보 삭제]로 제거할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="124"/>
        <source>Save a calendar reminder</source>
        <translation>캘린더 미리 알림 저장</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="127"/>
        <source>Calendar (*.ics)</source>
        <translation>캘린더 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="139"/>
        <source>Renew the Webex token for Entra ID provisioning</source>
        <translation>Entra ID 프로비저닝용 Webex 토큰 갱신</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="141"/>
        <source>The Webex token Entra ID uses for provisioning expires on {date}. Run the Webex Provisioning Wizard and choose Renew the Webex token.</source>
        <translation>Entra ID가 프로비저닝에 사용하는 Webex 토큰이 {date}에 만료됩니다. Webex 프로비저닝 마법사를 실행하고 [Webex 토큰 갱신]을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="147"/>
        <source>Saving the reminder…</source>
        <translation>미리 알림을 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/finish_upkeep.py" line="150"/>
        <source>Reminder saved to {path}</source>
        <translation>미리 알림을 {path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="81"/>
        <source>Cisco Webex enterprise app</source>
        <translation>Cisco Webex 엔터프라이즈 애플리케이션</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="82"/>
        <source>Find the Cisco Webex app in your tenant, or add it from the Entra app gallery.</source>
        <translation>테넌트에서 Cisco Webex 애플리케이션을 찾거나 Entra 애플리케이션 갤러리에서 추가합니다.</translation>
    </message>
    <message>
        <source>Look again</source>
        <extracomment>Replication wait policy; tests shorten the limit.</extracomment>
        <translation type="vanished">다시 찾기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="72"/>
        <source>Name of the app in your tenant</source>
        <translation>테넌트에 표시될 애플리케이션 이름</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="86"/>
        <source>Hide the app from users&apos; My Apps portal (recommended by Cisco)</source>
        <translation>사용자의 내 앱 포털에서 애플리케이션 숨기기(Cisco 권장)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="94"/>
        <source>Users do not need a Webex tile in My Apps; provisioning works either way. The wizard adds the HideApp tag to the app, which is believed to be what the Entra admin center&apos;s &quot;Visible to users? No&quot; sets. Microsoft does not document this, so check the app&apos;s Properties page if it matters to you.</source>
        <translation>사용자에게는 내 앱의 Webex 타일이 필요하지 않으며, 어느 쪽이든 프로비저닝은 작동합니다. 마법사는 애플리케이션에 HideApp 태그를 추가합니다. 이는 Entra 관리 센터의 &quot;사용자에게 표시하시겠습니까? 아니요&quot;와 같은 설정으로 알려져 있지만 Microsoft에서 문서화하지 않았으므로, 중요하다면 애플리케이션의 속성 페이지를 확인하세요.</translation>
    </message>
    <message>
        <source>Add Cisco Webex to my tenant</source>
        <translation type="vanished">내 테넌트에 Cisco Webex 추가</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="50"/>
        <source>&amp;Look again</source>
        <extracomment>The app role assignments of a new app get (its roles are not known before it exists); Microsoft&apos;s tutorial assigns users with &quot;User&quot;: https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial</extracomment>
        <translation>다시 찾기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="110"/>
        <source>Sign in to Microsoft first: go Back to the sign-in page.</source>
        <translation>먼저 Microsoft에 로그인하세요. [뒤로]를 눌러 로그인 페이지로 돌아가세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="132"/>
        <source>Looking for the Cisco Webex app…</source>
        <translation>Cisco Webex 애플리케이션을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="146"/>
        <source>The Cisco Webex app cannot be added.</source>
        <translation>Cisco Webex 애플리케이션을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="159"/>
        <source>Your tenant already has the &quot;{name}&quot; app (object ID {id}). The wizard uses it; nothing is added, and its visibility in My Apps is left as it is.</source>
        <translation>테넌트에 이미 &quot;{name}&quot; 애플리케이션(개체 ID {id})이 있습니다. 마법사는 이 애플리케이션을 사용하며, 아무것도 추가하지 않고 내 앱 표시 여부도 그대로 둡니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="169"/>
        <source>provisioning job: {status}</source>
        <translation>프로비저닝 작업: {status}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="171"/>
        <source>no provisioning job</source>
        <translation>프로비저닝 작업 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="174"/>
        <source>single sign-on: {mode}</source>
        <translation>Single Sign-On: {mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="176"/>
        <source>no single sign-on mode set</source>
        <translation>Single Sign-On: 설정 안 됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="179"/>
        <source>created {date}</source>
        <translation>생성일 {date}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="181"/>
        <source>creation date not reported by Microsoft Graph</source>
        <translation>Microsoft Graph에서 생성 날짜를 제공하지 않음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="183"/>
        <source>Object ID {id} · {job} · {sso} · {created}</source>
        <translation>개체 ID {id} · {job} · {sso} · {created}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="196"/>
        <source>Your tenant has {count} &quot;Cisco Webex&quot; apps. Only one should provision users to Webex. Pick the one that already has a provisioning job, or the one your single sign-on uses; the others are left unchanged.</source>
        <translation>테넌트에 &quot;Cisco Webex&quot; 애플리케이션이 {count}개 있습니다. 사용자를 Webex로 프로비저닝하는 애플리케이션은 하나만 있어야 합니다. 이미 프로비저닝 작업이 있는 애플리케이션이나 Single Sign-On에 사용하는 애플리케이션을 선택하세요. 나머지는 변경되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="207"/>
        <source>{name} (has the provisioning job)</source>
        <translation>{name}(프로비저닝 작업 있음)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/gallery.py" line="237"/>
        <source>Your tenant has no Cisco Webex app yet. The wizard adds it from the Entra gallery when you click Apply on the Review page: nothing is added before then. Entra ID then needs a little while (usually under a minute) before the app can be configured; Apply waits for it.</source>
        <translation>테넌트에 아직 Cisco Webex 애플리케이션이 없습니다. 검토 페이지에서 [적용]을 클릭하면 마법사가 Entra 갤러리에서 애플리케이션을 추가하며, 그 전에는 아무것도 추가되지 않습니다. 그 후 Entra ID에서 애플리케이션을 구성할 수 있을 때까지 잠시(보통 1분 이내) 시간이 걸리며, [적용]은 그동안 기다립니다.</translation>
    </message>
    <message>
        <source>Your tenant has no Cisco Webex app yet. Adding it creates one enterprise app from the Entra gallery; Entra ID then needs a little while (usually under a minute) before it can be configured.</source>
        <translation type="vanished">테넌트에 아직 Cisco Webex 애플리케이션이 없습니다. 추가하면 Entra 갤러리에서 엔터프라이즈 애플리케이션 하나가 만들어지며, Entra ID에서 구성할 수 있게 되기까지 잠시(대개 1분 이내) 걸립니다.</translation>
    </message>
    <message>
        <source>Adding the Cisco Webex app…</source>
        <translation type="vanished">Cisco Webex 애플리케이션을 추가하는 중…</translation>
    </message>
    <message>
        <source>Hiding the app from My Apps…</source>
        <translation type="vanished">내 앱에서 애플리케이션을 숨기는 중…</translation>
    </message>
    <message>
        <source>Added &quot;{name}&quot; to your tenant (object ID {id}). Entra ID is still finishing it; the wizard waits until the app can be configured and never adds it twice.</source>
        <translation type="vanished">테넌트에 &quot;{name}&quot;을(를) 추가했습니다(개체 ID {id}). Entra ID에서 아직 생성을 마무리하는 중입니다. 마법사는 애플리케이션을 구성할 수 있을 때까지 기다리며, 두 번 추가하지 않습니다.</translation>
    </message>
    <message>
        <source>Waiting for Entra ID to finish creating the app… {seconds} s (usually under a minute; the wizard waits up to {minutes} minutes)</source>
        <translation type="vanished">Entra ID에서 애플리케이션 생성을 마칠 때까지 기다리는 중… {seconds}초(대개 1분 이내, 마법사는 최대 {minutes}분 동안 기다림)</translation>
    </message>
    <message>
        <source>The Cisco Webex app is ready.</source>
        <translation type="vanished">Cisco Webex 애플리케이션이 준비되었습니다.</translation>
    </message>
    <message>
        <source>Added &quot;{name}&quot; to your tenant (object ID {id}). Entra ID finished creating it after {seconds} seconds.</source>
        <translation type="vanished">테넌트에 &quot;{name}&quot;을(를) 추가했습니다(개체 ID {id}). Entra ID에서 {seconds}초 후에 생성을 완료했습니다.</translation>
    </message>
    <message>
        <source>Found the existing app &quot;{name}&quot; (object ID {id}) just before adding one, so nothing was added.</source>
        <translation type="vanished">추가하기 직전에 기존 애플리케이션 &quot;{name}&quot;(개체 ID {id})을(를) 찾았으므로 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Left visible in users&apos; My Apps portal, as you chose.</source>
        <translation type="vanished">선택한 대로 사용자의 내 앱 포털에 계속 표시됩니다.</translation>
    </message>
    <message>
        <source>Already hidden from users&apos; My Apps portal.</source>
        <translation type="vanished">이미 사용자의 내 앱 포털에서 숨겨져 있습니다.</translation>
    </message>
    <message>
        <source>Hidden from users&apos; My Apps portal (HideApp tag added).</source>
        <translation type="vanished">사용자의 내 앱 포털에서 숨겼습니다(HideApp 태그 추가).</translation>
    </message>
    <message>
        <source>Not hidden from My Apps: {reason} The app works anyway; to hide it, set &quot;Visible to users?&quot; to No in its Properties in the Entra admin center.</source>
        <translation type="vanished">내 앱에서 숨기지 못했습니다: {reason} 애플리케이션은 그대로 작동합니다. 숨기려면 Entra 관리 센터에서 애플리케이션 속성의 &quot;사용자에게 표시하시겠습니까?&quot;를 &quot;아니요&quot;로 설정하세요.</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>If your tenant already has the Cisco Webex enterprise app, the wizard reuses it.</source>
        <translation type="vanished">테넌트에 Cisco Webex 엔터프라이즈 애플리케이션이 이미 있으면 마법사가 이를 재사용합니다.</translation>
    </message>
    <message>
        <source>Otherwise it adds the app from the gallery and waits until Entra ID has finished creating it, which can take a minute.</source>
        <translation type="vanished">없으면 갤러리에서 애플리케이션을 추가하고 Entra ID가 생성을 마칠 때까지 기다립니다. 1분 정도 걸릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>GraphStatus</name>
    <message>
        <location filename="../../wizard/ui/words.py" line="24"/>
        <source>Active</source>
        <extracomment>Graph&apos;s value (lower case, without spaces) -&gt; its English word, translated in context &quot;GraphStatus&quot;.</extracomment>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="25"/>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="26"/>
        <source>Quarantine</source>
        <translation>격리</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="27"/>
        <source>Not run</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="28"/>
        <source>Not configured</source>
        <translation>구성되지 않음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="29"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="30"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="31"/>
        <source>Finished with errors for some users</source>
        <translation>일부 사용자에 대해 오류와 함께 완료됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="32"/>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="33"/>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="34"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="35"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="36"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/words.py" line="66"/>
        <source>every {minutes} minutes</source>
        <translation>{minutes}분마다</translation>
    </message>
</context>
<context>
    <name>MicrosoftSignInPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="64"/>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="340"/>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="81"/>
        <source>Sign in to Microsoft</source>
        <translation>Microsoft에 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="65"/>
        <source>Sign in with your Entra administrator account.</source>
        <translation>Entra 관리자 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="62"/>
        <source>Use an account with the Cloud Application Administrator, Application Administrator or Global Administrator role. Microsoft asks you to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant. The sign-in window keeps no cookies or history on this computer.</source>
        <extracomment>The &quot;cancelled&quot; error this page shows when the sign-in window is closed.</extracomment>
        <translation>클라우드 애플리케이션 관리자, 애플리케이션 관리자 또는 전역 관리자 역할이 있는 계정을 사용하세요. Microsoft에서 테넌트의 엔터프라이즈 애플리케이션, 앱 할당 및 프로비저닝을 마법사가 관리하도록 허용할지 묻습니다. 로그인 창은 이 컴퓨터에 쿠키나 기록을 남기지 않습니다.</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="vanished">다른 계정으로 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="94"/>
        <source>Other ways to sign in</source>
        <translation>다른 로그인 방법</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="98"/>
        <source>If your organization only allows sign-in from a managed device (Conditional Access), or the window cannot show a verification step, sign in with your system browser or with a code on another device.</source>
        <translation>조직에서 조건부 액세스로 관리 디바이스의 로그인만 허용하거나 창에 확인 단계가 표시되지 않으면, 시스템 브라우저를 사용하거나 다른 디바이스에서 코드로 로그인하세요.</translation>
    </message>
    <message>
        <source>Use my system browser</source>
        <translation type="vanished">시스템 브라우저 사용</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation type="vanished">코드로 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="79"/>
        <source>&amp;Sign in</source>
        <extracomment>The store the sign-in is kept in (or why not), once known. Tenant of the last sign-in; the app chosen or created belongs to it.</extracomment>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="82"/>
        <source>Sign in as &amp;someone else</source>
        <translation>다른 계정으로 로그인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="106"/>
        <source>Use my s&amp;ystem browser</source>
        <translation>시스템 브라우저 사용(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="109"/>
        <source>Sign in with a co&amp;de</source>
        <translation>코드로 로그인(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="121"/>
        <source>Signed in as</source>
        <translation>로그인한 계정</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="122"/>
        <source>Tenant</source>
        <translation>테넌트</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="123"/>
        <source>Tenant ID</source>
        <translation>테넌트 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="124"/>
        <source>Primary domain</source>
        <translation>주 도메인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="144"/>
        <source>You are not signed in yet.</source>
        <translation>아직 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="159"/>
        <source>You are signed in.</source>
        <translation>로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="162"/>
        <source>{name} ({upn})</source>
        <translation>{name} ({upn})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="192"/>
        <source>Your sign-in is kept in the system&apos;s secure credential store, so the next run signs in without asking while Microsoft allows it.</source>
        <translation>로그인 정보는 시스템의 보안 자격 증명 저장소에 보관되므로, Microsoft에서 허용하는 동안에는 다음 실행 시 묻지 않고 로그인합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="201"/>
        <source>Your sign-in will not be remembered on this computer: {why}</source>
        <translation>이 컴퓨터에 로그인 정보가 저장되지 않습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="222"/>
        <source>Looking for a saved Microsoft sign-in…</source>
        <translation>저장된 Microsoft 로그인을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="253"/>
        <source>Your saved sign-in has expired. Sign in again.</source>
        <translation>저장된 로그인이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="293"/>
        <source>Reading your tenant&apos;s details…</source>
        <translation>테넌트 세부 정보를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="307"/>
        <source>Signing in in the Microsoft window…</source>
        <translation>Microsoft 창에서 로그인하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="371"/>
        <source>Finish signing in in your web browser. The wizard waits up to {minutes} minutes; Cancel stops waiting here (close the browser tab too).</source>
        <translation>웹 브라우저에서 로그인을 완료하세요. 마법사는 최대 {minutes}분 동안 기다립니다. [취소]를 누르면 여기서 기다리기를 중지합니다(브라우저 탭도 닫으세요).</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="386"/>
        <source>Getting a sign-in code…</source>
        <translation>로그인 코드를 받는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="395"/>
        <source>On any device, open {url} and enter this code. The wizard continues by itself when you have signed in.</source>
        <translation>아무 디바이스에서나 {url}을(를) 열고 이 코드를 입력하세요. 로그인하면 마법사가 자동으로 계속 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/ms_signin.py" line="401"/>
        <source>Waiting for you to sign in with the code…</source>
        <translation>코드로 로그인하기를 기다리는 중…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>A Microsoft sign-in window opens inside this app. It keeps no cookies or history on this computer.</source>
        <translation type="vanished">이 앱 안에서 Microsoft 로그인 창이 열립니다. 이 창은 이 컴퓨터에 쿠키나 기록을 남기지 않습니다.</translation>
    </message>
    <message>
        <source>You are asked to allow the wizard to manage enterprise apps, app assignments and provisioning in your tenant.</source>
        <translation type="vanished">테넌트의 엔터프라이즈 애플리케이션, 앱 할당 및 프로비저닝을 마법사가 관리하도록 허용할지 묻는 화면이 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="76"/>
        <source>OK</source>
        <extracomment>The finding whose &quot;Restore it now&quot; runs the admin consent.</extracomment>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="77"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="78"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="101"/>
        <source>&amp;Restore it now (admin consent)</source>
        <translation>지금 복원(관리자 동의)(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="72"/>
        <source>Pre-flight checks</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="73"/>
        <source>Make sure everything the setup relies on is in place before anything is changed.</source>
        <translation>변경하기 전에 설정에 필요한 모든 조건이 갖춰져 있는지 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="111"/>
        <source>The wizard checks your Entra roles, looks for an existing &quot;Cisco Webex&quot; enterprise app and its provisioning job, and for the &quot;Cisco Webex Identity Integration&quot; app. Nothing is changed here.</source>
        <translation>마법사는 Entra 역할을 확인하고, 기존 &quot;Cisco Webex&quot; 엔터프라이즈 애플리케이션과 해당 프로비저닝 작업, &quot;Cisco Webex Identity Integration&quot; 애플리케이션을 찾습니다. 이 단계에서는 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="125"/>
        <source>Check again</source>
        <extracomment>The admin-consent window while &quot;Restore it now&quot; runs (tests drive it).</extracomment>
        <translation>다시 확인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="132"/>
        <source>Sign in to Microsoft first: go Back to the sign-in page.</source>
        <translation>먼저 Microsoft에 로그인하세요. [뒤로]를 눌러 로그인 페이지로 돌아가세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="146"/>
        <source>Checking your roles and existing apps…</source>
        <translation>역할과 기존 애플리케이션을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="172"/>
        <source>Setup cannot continue until the failed check is fixed.</source>
        <translation>실패한 검사 항목을 해결할 때까지 설정을 계속할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="175"/>
        <source>All set. Next skips adding the app and goes to the Webex sign-in.</source>
        <translation>준비되었습니다. [다음]을 누르면 애플리케이션 추가를 건너뛰고 Webex 로그인으로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="178"/>
        <source>All set. Click Next to continue.</source>
        <translation>준비되었습니다. 계속하려면 [다음]을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="191"/>
        <source>Waiting for a Global Administrator to accept in the Microsoft window…</source>
        <translation>Microsoft 창에서 전역 관리자가 수락하기를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="207"/>
        <source>Admin consent for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration에 대한 관리자 동의</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/preflight.py" line="219"/>
        <source>Consent given. Waiting for Entra ID to show the app…</source>
        <translation>동의가 완료되었습니다. Entra ID에 애플리케이션이 표시되기를 기다리는 중…</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>The wizard checks that your account holds one of the required Entra roles.</source>
        <translation type="vanished">마법사는 계정에 필요한 Entra 역할 중 하나가 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>It looks for an existing &quot;Cisco Webex&quot; enterprise app and for the &quot;Cisco Webex Identity Integration&quot; app that provisioning depends on.</source>
        <translation type="vanished">기존 &quot;Cisco Webex&quot; 엔터프라이즈 애플리케이션과 프로비저닝에 필요한 &quot;Cisco Webex Identity Integration&quot; 애플리케이션을 찾습니다.</translation>
    </message>
</context>
<context>
    <name>RepairPage</name>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="49"/>
        <source>OK</source>
        <extracomment>Traffic-light colour kinds (style.colour picks the shade that reads on the current palette). Statuses a Fix button is offered for.</extracomment>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="50"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="51"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="52"/>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="53"/>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="59"/>
        <source>Re-consent</source>
        <translation>다시 동의</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="60"/>
        <source>Renew token</source>
        <translation>토큰 갱신</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="61"/>
        <source>Restart job</source>
        <translation>작업 다시 시작</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="62"/>
        <source>Re-create in setup…</source>
        <translation>설정에서 다시 만들기…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="63"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="64"/>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="126"/>
        <location filename="../../wizard/ui/repair/report_view.py" line="162"/>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="123"/>
        <source>Re-check</source>
        <extracomment>Display order of statuses: what needs the admin comes first. The admin chose Re-create: the window hands over to the setup wizard. A new report is on screen (tests and the window&apos;s title wait on it). An error to show under the report once it is on screen (load or sign-in failure).</extracomment>
        <translation>다시 검사</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="126"/>
        <source>Fix all</source>
        <translation>모두 수정</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="129"/>
        <source>Export report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="218"/>
        <source>Everything checked is working: {n} of {n} checks OK.</source>
        <translation>검사한 모든 항목이 정상입니다: {n}개 중 {n}개 정상.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="221"/>
        <source>{ok} of {n} checks OK, {failed} failed, {warnings} with warnings, {other} not checked. Fix what is marked, or export the report for support.</source>
        <translation>검사 {n}개 중 정상 {ok}개, 실패 {failed}개, 경고 {warnings}개, 확인 안 함 {other}개. 표시된 항목을 수정하거나, 지원 담당자를 위해 보고서를 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="215"/>
        <location filename="../../wizard/ui/repair/page.py" line="236"/>
        <source>Reading what setup saved…</source>
        <translation>설정에서 저장한 정보를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="257"/>
        <source>Running the checks…</source>
        <translation>검사를 실행하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="35"/>
        <source>Signing in to Microsoft with your saved sign-in…</source>
        <translation>저장된 로그인으로 Microsoft에 로그인하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/ms_signin.py" line="48"/>
        <source>Sign in to Microsoft in the window that opened…</source>
        <translation>열린 창에서 Microsoft에 로그인하세요…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="70"/>
        <source>Setup opens to re-create what is missing; this report runs again after it.</source>
        <extracomment>Fixes &quot;Fix all&quot; runs by itself, in report order. Re-create hands over to setup and Retry is only a re-check, so neither belongs in an unattended sequence.</extracomment>
        <translation>없는 항목을 다시 만들기 위해 설정이 열립니다. 설정이 끝나면 이 보고서가 다시 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="80"/>
        <source>Fixing: {title}…</source>
        <translation>수정하는 중: {title}…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="92"/>
        <source>Fixing everything that can be fixed here…</source>
        <translation>여기서 수정할 수 있는 항목을 모두 수정하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="115"/>
        <source>Nothing here could be fixed automatically.</source>
        <translation>여기서 자동으로 수정할 수 있는 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="142"/>
        <source>Signed in to Microsoft.</source>
        <translation>Microsoft에 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="144"/>
        <source>Nothing was changed; the checks ran again.</source>
        <translation>변경된 내용은 없으며, 검사를 다시 실행했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="161"/>
        <source>Restarting the provisioning job…</source>
        <translation>프로비저닝 작업을 다시 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="129"/>
        <source>{result} The check still reports: {finding}</source>
        <translation>{result} 검사 결과는 여전히 다음과 같습니다: {finding}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="178"/>
        <source>Waiting for a Global Administrator to accept in the Microsoft window…</source>
        <translation>Microsoft 창에서 전역 관리자가 수락하기를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="206"/>
        <source>Consent given. Waiting for Entra ID to show the Cisco Webex Identity Integration app… ({seconds} s)</source>
        <translation>동의가 완료되었습니다. Entra ID에 Cisco Webex Identity Integration 애플리케이션이 표시되기를 기다리는 중…({seconds}초)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="225"/>
        <source>Admin consent for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration에 대한 관리자 동의</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="240"/>
        <source>Sign in to Webex as a Full Administrator in the window that opened…</source>
        <translation>열린 창에서 전체 관리자로 Webex에 로그인하세요…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="248"/>
        <source>Sign in to Webex to renew the token</source>
        <translation>토큰을 갱신하려면 Webex에 로그인하세요</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/fixes.py" line="251"/>
        <source>Testing the new token and giving it to Entra ID…</source>
        <translation>새 토큰을 테스트하고 Entra ID에 제공하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="281"/>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="286"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 페이지(*.html)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="287"/>
        <source>Text file (*.txt)</source>
        <translation>텍스트 파일(*.txt)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/page.py" line="307"/>
        <source>Report saved to {path}.</source>
        <translation>보고서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="209"/>
        <source>Checked {done} of {total}: {title}</source>
        <translation>{total}개 중 {done}개 확인: {title}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="119"/>
        <source>Webex provisioning repair report</source>
        <translation>Webex 프로비저닝 복구 보고서</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="120"/>
        <source>Overall: {status}</source>
        <translation>전체 상태: {status}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="124"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/report_view.py" line="125"/>
        <source>Check</source>
        <translation>검사 항목</translation>
    </message>
    <message>
        <source>Checking: {title}…</source>
        <translation type="vanished">확인하는 중: {title}…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="vanished">완료되었습니다.</translation>
    </message>
</context>
<context>
    <name>RepairWindow</name>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="52"/>
        <source>Repair Webex provisioning</source>
        <extracomment>The setup page Re-create opens: signing in again is quick (silent from the cache) and the pre-flight and gallery pages that follow find what still exists and create what is missing.</extracomment>
        <translation>Webex 프로비저닝 복구</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="55"/>
        <source>{title} (Demo)</source>
        <translation>{title}(데모)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="76"/>
        <source>The wizard checks every link from Entra ID to Webex and says what is broken, why, and how to fix it. Nothing changes until you click a Fix.</source>
        <translation>마법사가 Entra ID에서 Webex까지의 모든 연결을 검사하여 무엇이 문제인지, 원인과 해결 방법을 알려 줍니다. 수정 버튼을 클릭하기 전에는 아무것도 변경되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/repair/window.py" line="92"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>already done</source>
        <translation type="vanished">이미 완료됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="68"/>
        <source>already set up</source>
        <translation>이미 설정됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="114"/>
        <source>Review the changes</source>
        <translation>변경 내용 검토</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="115"/>
        <source>Check the exact list of changes before anything is made.</source>
        <translation>변경하기 전에 정확한 변경 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="91"/>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="83"/>
        <source>Nothing has been changed in your tenant or organization yet. When you click Apply, the wizard makes these changes in Entra ID, in this order:</source>
        <translation>아직 테넌트나 조직에서 변경된 내용은 없습니다. [적용]을 클릭하면 마법사가 Entra ID에서 다음 변경을 이 순서대로 수행합니다:</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="98"/>
        <source>Also checked (changes nothing)</source>
        <extracomment>Accidental-deletion prevention: what the save does to it (the wizard never turns it off).</extracomment>
        <translation>함께 확인한 항목(변경 없음)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="100"/>
        <source>Show &amp;details (the Microsoft Graph calls)</source>
        <translation>세부 정보 표시(Microsoft Graph 호출)(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="106"/>
        <source>Running the wizard again is safe: it checks the tenant first and skips what is already done.</source>
        <translation>마법사를 다시 실행해도 안전합니다. 먼저 테넌트를 확인하고 이미 완료된 작업은 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="143"/>
        <source>Choose who is provisioned first: go Back.</source>
        <translation>먼저 프로비저닝 대상을 선택하세요. [뒤로]를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="153"/>
        <source>Reading your tenant to list the changes…</source>
        <translation>변경 목록을 만들기 위해 테넌트를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="182"/>
        <source>{todo} changes to make, {done} already set up.</source>
        <translation>수행할 변경 {todo}개, 이미 설정됨 {done}개.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="192"/>
        <source>Accidental-deletion prevention: turned on (at most {value} deletions per run), as Microsoft recommends.</source>
        <translation>실수로 인한 삭제 방지: Microsoft 권장 사항에 따라 켭니다(실행당 최대 {value}개 삭제).</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="196"/>
        <source>Accidental-deletion prevention: on (at most {value} deletions per run), kept as it is.</source>
        <translation>실수로 인한 삭제 방지: 켜짐(실행당 최대 {value}개 삭제), 그대로 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="200"/>
        <source>Accidental-deletion prevention: off, kept as it is. Microsoft recommends turning it on in the app&apos;s provisioning settings.</source>
        <translation>실수로 인한 삭제 방지: 꺼짐, 그대로 유지합니다. Microsoft는 앱의 프로비저닝 설정에서 켤 것을 권장합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/review.py" line="204"/>
        <source>Accidental-deletion prevention: kept as it is (Entra did not let the wizard read it).</source>
        <translation>실수로 인한 삭제 방지: 그대로 유지합니다(Entra에서 마법사가 이 설정을 읽도록 허용하지 않았습니다).</translation>
    </message>
    <message>
        <source>{todo} changes to make, {done} already done.</source>
        <translation type="vanished">수행할 변경 {todo}개, 이미 완료 {done}개.</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>This page lists every change the wizard is about to make in Entra ID, with the values it will use.</source>
        <translation type="vanished">이 페이지에는 마법사가 Entra ID에서 수행할 모든 변경 내용과 사용할 값이 나열됩니다.</translation>
    </message>
    <message>
        <source>Nothing has been changed in your tenant or organization up to this point.</source>
        <translation type="vanished">지금까지 테넌트나 조직에서 변경된 내용은 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="106"/>
        <source>Who is provisioned</source>
        <translation>프로비저닝 대상</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="107"/>
        <source>Choose the users and groups that get a Webex account.</source>
        <translation>Webex 계정을 받을 사용자와 그룹을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="84"/>
        <source>Scope</source>
        <extracomment>Milliseconds after the last keystroke before searching (one request per pause, not per key). Results asked of Graph per search: enough to find someone, small enough to stay fast. Fewer characters than this match half the tenant; not worth a request. Every search text sent to Graph, for tests (debounce: one per pause).</extracomment>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="87"/>
        <source>Sync only assigned users and groups (recommended by Cisco and Microsoft)</source>
        <translation>할당된 사용자 및 그룹만 동기화(Cisco 및 Microsoft 권장)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="90"/>
        <source>Sync all users and groups in the tenant</source>
        <translation>테넌트의 모든 사용자 및 그룹 동기화</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="99"/>
        <source>Assign users and groups</source>
        <translation>사용자 및 그룹 할당</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="102"/>
        <source>Start with one test user: assign a single person, check that they arrive in Webex, then come back to add groups. The first user you add is provisioned on demand right after Apply.</source>
        <translation>테스트 사용자 한 명으로 시작하세요. 한 사람을 할당하고 Webex에 추가되는지 확인한 다음, 다시 돌아와 그룹을 추가하세요. 처음 추가한 사용자는 적용 직후 주문형 프로비저닝됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="108"/>
        <source>Search users and groups by name or email</source>
        <translation>이름 또는 메일로 사용자 및 그룹 검색</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="117"/>
        <location filename="../../wizard/ui/pages/scope.py" line="128"/>
        <source>User name or email</source>
        <translation>사용자 이름 또는 메일</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="118"/>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="123"/>
        <source>&amp;Add to the assignment list</source>
        <translation>할당 목록에 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="133"/>
        <source>&amp;Remove from the list</source>
        <translation>목록에서 제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="27"/>
        <source>Entra ID never sends empty values: clearing an attribute in Entra ID does not clear it in Webex. Clear it in Control Hub too.</source>
        <extracomment>Dark text on the highlight in either palette (the dark palette&apos;s light text would not read). Cisco: &quot;Entra ID doesn&apos;t synchronize null values&quot; (https://help.webex.com/en-us/article/6ta3gz).</extracomment>
        <translation>Entra ID는 빈 값을 보내지 않습니다. Entra ID에서 특성을 지워도 Webex에서는 지워지지 않으므로 Control Hub에서도 지우세요.</translation>
    </message>
    <message>
        <source>Add to the assignment list</source>
        <translation type="vanished">할당 목록에 추가</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="126"/>
        <source>To be assigned</source>
        <translation>할당 예정</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="vanished">목록에서 제거</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="147"/>
        <source>App role</source>
        <translation>앱 역할</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="154"/>
        <source>&quot;Default Access&quot; is not offered: Entra ID skips users assigned with it, so they would never reach Webex.</source>
        <translation>&quot;Default Access&quot;(기본 액세스)는 선택할 수 없습니다. Entra ID는 이 역할로 할당된 사용자를 건너뛰므로 해당 사용자는 Webex에 전달되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="161"/>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="162"/>
        <source>Notification email</source>
        <translation>알림 메일</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="169"/>
        <source>Enter a valid email address.</source>
        <translation>올바른 메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="171"/>
        <source>Email me when a failure occurs</source>
        <translation>오류가 발생하면 메일 알림 보내기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="177"/>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="65"/>
        <source>Attribute mappings</source>
        <translation>특성 매핑</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="180"/>
        <source>Shown for review, not changed: the wizard keeps the mappings of the Cisco Webex app. Change them in the Entra admin center if you need to.</source>
        <translation>검토용으로만 표시되며 변경되지 않습니다. 마법사는 Cisco Webex 애플리케이션의 매핑을 그대로 유지합니다. 필요하면 Entra 관리 센터에서 변경하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="60"/>
        <source>Entra ID attribute</source>
        <translation>Entra ID 특성</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="61"/>
        <source>Webex attribute</source>
        <translation>Webex 특성</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="62"/>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="74"/>
        <source>In the job</source>
        <translation>작업 내</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="221"/>
        <source>Sign in to Microsoft and choose the Cisco Webex app first: go Back.</source>
        <extracomment>The table and its note (tests read them).</extracomment>
        <translation>먼저 Microsoft에 로그인하고 Cisco Webex 애플리케이션을 선택하세요. [뒤로]를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="267"/>
        <source>Reading the app&apos;s roles, assignments and mappings…</source>
        <translation>애플리케이션의 역할, 할당 및 매핑을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="276"/>
        <source>Choose a role…</source>
        <translation>역할 선택…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="298"/>
        <source>Nobody is assigned to the app yet.</source>
        <translation>아직 애플리케이션에 할당된 사용자가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="302"/>
        <source>Already assigned ({count}): {names}</source>
        <translation>이미 할당됨({count}): {names}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="76"/>
        <source>In the template</source>
        <translation>템플릿 내</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="96"/>
        <source>The app is added when you click Apply, with the Cisco Webex app&apos;s own mappings; the wizard keeps them.</source>
        <translation>애플리케이션은 [적용]을 클릭할 때 Cisco Webex 애플리케이션 자체의 매핑과 함께 추가되며, 마법사는 이 매핑을 그대로 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="106"/>
        <source>The provisioning job does not exist yet: the third column shows the mappings the Cisco Webex template gives it. {count} differ from the recommended table (highlighted). * = matching attribute.</source>
        <translation>프로비저닝 작업이 아직 없습니다. 세 번째 열에는 Cisco Webex 템플릿이 작업에 지정하는 매핑이 표시됩니다. {count}개가 권장 표와 다릅니다(강조 표시됨). * = 일치 특성.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="113"/>
        <source>{count} mappings differ from the recommended table (highlighted). * = matching attribute.</source>
        <translation>매핑 {count}개가 권장 표와 다릅니다(강조 표시됨). * = 일치 특성.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="118"/>
        <source>The job uses the recommended mappings. * = matching attribute.</source>
        <translation>작업에서 권장 매핑을 사용합니다. * = 일치 특성.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="125"/>
        <source>✓ same</source>
        <translation>✓ 같음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="127"/>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope_mappings.py" line="128"/>
        <source>different: {source}</source>
        <translation>다름: {source}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="328"/>
        <source>Searching…</source>
        <translation>검색하는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="358"/>
        <source>{count} found. Select one and click Add, or double-click it.</source>
        <translation>{count}개를 찾았습니다. 하나를 선택하고 [할당 목록에 추가]를 클릭하거나 두 번 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="364"/>
        <source>No users or groups match.</source>
        <translation>일치하는 사용자나 그룹이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="367"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="367"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="396"/>
        <source>Test user (provisioned on demand after Apply): {name}</source>
        <translation>테스트 사용자(적용 후 주문형 프로비저닝): {name}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="423"/>
        <source>To continue, choose an app role.</source>
        <translation>계속하려면 앱 역할을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="425"/>
        <source>To continue, add at least one user or group to the assignment list.</source>
        <translation>계속하려면 할당 목록에 사용자나 그룹을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="427"/>
        <source>To continue, enter a valid notification email.</source>
        <translation>계속하려면 올바른 알림 메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="462"/>
        <source>{name} ({detail}), {kind}, role {role}</source>
        <translation>{name} ({detail}), {kind}, 역할 {role}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/scope.py" line="474"/>
        <source>{name}, already assigned</source>
        <translation>{name}, 이미 할당됨</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>Only users and groups assigned to the app are provisioned.</source>
        <translation type="vanished">애플리케이션에 할당된 사용자와 그룹만 프로비저닝됩니다.</translation>
    </message>
    <message>
        <source>You pick a test user and any groups to assign; each assignment uses a real app role, never &quot;Default Access&quot;.</source>
        <translation type="vanished">테스트 사용자 한 명과 할당할 그룹을 선택합니다. 각 할당에는 &quot;Default Access&quot;(기본 액세스)가 아닌 실제 앱 역할이 사용됩니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="78"/>
        <source>Webex Provisioning Wizard</source>
        <extracomment>The pages&apos; 940 px plus the step list. How long after the first paint the window starts preparing the later pages (a --smoke run, which ends at the first paint, has exited by then). The start page&apos;s &quot;Check &amp; repair&quot; (False) / &quot;Renew the Webex token&quot; (True); the window that owns this one (run_gui&apos;s open_window) opens repair on it.</extracomment>
        <translation>Webex 프로비저닝 마법사</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="80"/>
        <source>{title} (Demo)</source>
        <translation>{title}(데모)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="253"/>
        <source>Stop the setup?</source>
        <extracomment>The repair window opened from the start page (None until then); its operations are cancelled with this window&apos;s.</extracomment>
        <translation>설정을 중지하시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="255"/>
        <source>You have already signed in or made changes. Changes already made stay in place; you can run the wizard again later to finish or repair the setup.</source>
        <translation>이미 로그인했거나 변경을 수행했습니다. 이미 적용된 변경 내용은 그대로 유지되며, 나중에 마법사를 다시 실행하여 설정을 마치거나 복구할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="258"/>
        <source>Stop setup</source>
        <translation>설정 중지</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/wizard.py" line="259"/>
        <source>Continue setup</source>
        <translation>설정 계속</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="41"/>
        <source>all checks passed</source>
        <extracomment>The last check&apos;s overall status in words (translated where shown).</extracomment>
        <translation>모든 검사 통과</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="42"/>
        <source>passed with warnings</source>
        <translation>경고와 함께 통과</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="43"/>
        <source>something needs fixing</source>
        <translation>수정이 필요한 항목 있음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="44"/>
        <source>not confirmed (a service did not answer)</source>
        <translation>확인되지 않음(서비스가 응답하지 않음)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="134"/>
        <source>Welcome back</source>
        <translation>다시 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="135"/>
        <source>This computer has a saved connection. Choose what to do.</source>
        <translation>이 컴퓨터에 저장된 연결이 있습니다. 수행할 작업을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="63"/>
        <source>&amp;Check &amp;&amp; repair</source>
        <extracomment>&quot;Check &amp; repair&quot; (False) or &quot;Renew the Webex token&quot; (True): the wizard opens repair. Where Next goes: Welcome, or the Microsoft sign-in to continue a setup.</extracomment>
        <translation>검사 및 복구(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="64"/>
        <source>Run every check from Entra ID to Webex and fix what is broken.</source>
        <translation>Entra ID에서 Webex까지 모든 검사를 실행하고 문제가 있는 항목을 수정합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="69"/>
        <source>C&amp;ontinue the unfinished setup</source>
        <translation>완료되지 않은 설정 계속(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="70"/>
        <source>Sign in again and finish the setup where it stopped; nothing is made twice.</source>
        <translation>다시 로그인하여 중단된 지점부터 설정을 마칩니다. 중복으로 만들어지는 항목은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="75"/>
        <source>&amp;Renew the Webex token</source>
        <translation>Webex 토큰 갱신(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="76"/>
        <source>Sign in to Webex and give Entra ID a new token before the old one expires.</source>
        <translation>Webex에 로그인하고 기존 토큰이 만료되기 전에 Entra ID에 새 토큰을 제공합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="81"/>
        <source>&amp;Set up a new connection</source>
        <translation>새 연결 설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="82"/>
        <source>Connect a Microsoft tenant to a Webex organization, step by step.</source>
        <translation>Microsoft 테넌트를 Webex 조직에 단계별로 연결합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="87"/>
        <source>&amp;Forget saved sign-ins</source>
        <translation>저장된 로그인 정보 삭제(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="89"/>
        <source>Remove the saved Webex tokens, Microsoft sign-ins, progress and the daily check from this computer. Your tenant and organization are not changed.</source>
        <translation>저장된 Webex 토큰, Microsoft 로그인, 진행 상황 및 일일 검사를 이 컴퓨터에서 제거합니다. 테넌트와 조직은 변경되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="127"/>
        <source>Looking for saved connections…</source>
        <translation>저장된 연결을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="150"/>
        <source>Saved sign-ins could not be read: {what}</source>
        <translation>저장된 로그인 정보를 읽을 수 없습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="165"/>
        <source>Saved connection: Entra tenant {tenant}, Webex organization {org}.</source>
        <translation>저장된 연결: Entra 테넌트 {tenant}, Webex 조직 {org}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="172"/>
        <source>Last check: {when}, {status}.</source>
        <translation>마지막 검사: {when}, {status}.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="178"/>
        <source>No check has run on this computer yet.</source>
        <translation>이 컴퓨터에서 아직 검사를 실행하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="180"/>
        <source>A setup stopped before it finished.</source>
        <translation>설정이 완료되기 전에 중단되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="201"/>
        <source>Forget the saved sign-ins?</source>
        <translation>저장된 로그인 정보를 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="203"/>
        <source>This removes the saved Webex tokens, Microsoft sign-ins, progress and the daily check from this computer. Your Entra tenant and Webex organization are not changed; repair will ask you to sign in again.</source>
        <translation>저장된 Webex 토큰, Microsoft 로그인, 진행 상황 및 일일 검사가 이 컴퓨터에서 제거됩니다. Entra 테넌트와 Webex 조직은 변경되지 않으며, 복구할 때 다시 로그인하라는 메시지가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="207"/>
        <source>Forget</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="208"/>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/start.py" line="217"/>
        <source>Removing the saved sign-ins…</source>
        <translation>저장된 로그인 정보를 제거하는 중…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="44"/>
        <source>Welcome</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="54"/>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="63"/>
        <source>Microsoft sign-in</source>
        <translation>Microsoft 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="71"/>
        <source>Pre-flight checks</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="80"/>
        <source>Cisco Webex app</source>
        <translation>Cisco Webex 애플리케이션</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="89"/>
        <source>Webex sign-in</source>
        <translation>Webex 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="97"/>
        <source>Connection test</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="105"/>
        <source>Who is provisioned</source>
        <translation>프로비저닝 대상</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="113"/>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="121"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="127"/>
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="28"/>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="49"/>
        <source>done</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/step_list.py" line="50"/>
        <source>current step</source>
        <translation>현재 단계</translation>
    </message>
</context>
<context>
    <name>WebexBrowserFallback</name>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="77"/>
        <source>Use my &amp;web browser instead</source>
        <translation>웹 브라우저를 대신 사용(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="86"/>
        <source>Address your browser ended on</source>
        <translation>브라우저에 마지막으로 표시된 주소</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="89"/>
        <source>&amp;Use this address</source>
        <translation>이 주소 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/webex_capture.py" line="114"/>
        <source>Last resort: the wizard cannot see your browser. Sign in there; when it shows an address starting with {prefix}, copy the whole address from its address bar and paste it here. It holds your token: paste it nowhere else.</source>
        <translation>최후의 수단: 마법사는 브라우저를 볼 수 없습니다. 브라우저에서 로그인한 뒤 {prefix}(으)로 시작하는 주소가 표시되면 주소 표시줄의 전체 주소를 복사하여 여기에 붙여 넣으세요. 이 주소에는 토큰이 들어 있으므로 다른 곳에는 붙여 넣지 마세요.</translation>
    </message>
</context>
<context>
    <name>WebexSignInPage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="90"/>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="236"/>
        <source>Sign in to Webex</source>
        <translation>Webex에 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="91"/>
        <source>Sign in with your Webex Full Administrator account.</source>
        <translation>Webex 전체 관리자 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="55"/>
        <source>A Webex sign-in window opens inside this app. It keeps no cookies, so an earlier Webex session cannot sign you in as someone else. The wizard then reads your organization ID and checks your role; you copy nothing by hand.</source>
        <translation>이 앱 안에서 Webex 로그인 창이 열립니다. 이 창은 쿠키를 보관하지 않으므로 이전 Webex 세션 때문에 다른 사람으로 로그인되는 일이 없습니다. 그런 다음 마법사가 조직 ID를 읽고 역할을 확인하므로 직접 복사할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="77"/>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="389"/>
        <source>&amp;Sign in to Webex</source>
        <extracomment>What the page has so far (read by the tests; Next hands them to the context): the captured token, who it belongs to, the organization and the validated tenant URL. The Webex sign-in host the token was captured from: a token belongs to one environment. Where the sign-in stands, in one line (like the Microsoft sign-in page&apos;s card).</extracomment>
        <translation>Webex에 로그인(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="99"/>
        <source>Signed in as</source>
        <translation>로그인한 계정</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="100"/>
        <source>Organization ID</source>
        <translation>조직 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="101"/>
        <source>Full Administrator</source>
        <translation>전체 관리자</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="102"/>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="103"/>
        <source>Token expires</source>
        <translation>토큰 만료</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="123"/>
        <source>Enter the organization ID by hand</source>
        <translation>조직 ID 직접 입력</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="139"/>
        <source>Webex did not tell the wizard your organization. In Control Hub, click the organization name (bottom left) and copy the Organization ID.</source>
        <translation>Webex에서 조직 정보를 알려 주지 않았습니다. Control Hub에서 왼쪽 아래의 조직 이름을 클릭하고 조직 ID를 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="150"/>
        <source>Tenant URL given to Entra ID</source>
        <translation>Entra ID에 제공하는 테넌트 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="153"/>
        <source>Address from Microsoft&apos;s tutorial (recommended)</source>
        <translation>Microsoft 자습서의 주소(권장)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="164"/>
        <source>Advanced: another tenant URL</source>
        <translation>고급: 다른 테넌트 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="382"/>
        <source>You are signed in to Webex.</source>
        <translation>Webex에 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="384"/>
        <source>You are not signed in to Webex yet.</source>
        <translation>아직 Webex에 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="387"/>
        <source>Sign in as &amp;someone else</source>
        <translation>다른 계정으로 로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Address from Microsoft&apos;s tutorial (default)</source>
        <translation type="vanished">Microsoft 자습서의 주소(기본값)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="155"/>
        <source>Webex SCIM 2 address</source>
        <translation>Webex SCIM 2 주소</translation>
    </message>
    <message>
        <source>Which of the two addresses Entra&apos;s Webex connector expects today is not confirmed; the connection test on the next page tries the one chosen here.</source>
        <translation type="vanished">현재 Entra의 Webex 커넥터가 두 주소 중 어느 것을 사용하는지는 확인되지 않았습니다. 다음 페이지의 연결 테스트에서 여기서 선택한 주소를 시험합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="224"/>
        <source>Waiting for you to sign in in the Webex window…</source>
        <translation>Webex 창에서 로그인하기를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="263"/>
        <source>Reading your Webex account and organization…</source>
        <translation>Webex 계정과 조직 정보를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="348"/>
        <source>This tenant URL cannot be used. {reason}</source>
        <translation>이 테넌트 URL은 사용할 수 없습니다. {reason}</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation type="vanished">다른 계정으로 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="394"/>
        <source>{name} ({email})</source>
        <translation>{name} ({email})</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="399"/>
        <source>Not known (Webex did not say who signed in)</source>
        <translation>알 수 없음(Webex에서 로그인한 사용자를 알려 주지 않음)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="400"/>
        <source>Not known yet</source>
        <translation>아직 알 수 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="408"/>
        <source>{date} (in {days} days). It cannot be extended: before then, run Repair (or a scheduled check warns you 14 days ahead).</source>
        <translation>{date}({days}일 후). 연장할 수 없으므로 그 전에 복구를 실행하세요(예약된 일일 점검이 14일 전에 알려 줍니다).</translation>
    </message>
    <message>
        <source>{date} (in {days} days). It cannot be renewed; the wizard reminds you before it runs out.</source>
        <translation type="vanished">{date}({days}일 후). 갱신할 수 없으며, 만료되기 전에 마법사가 알려 드립니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="422"/>
        <source>Not checked (the connection test checks access instead)</source>
        <translation>확인하지 않음(대신 연결 테스트에서 액세스를 확인함)</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="426"/>
        <source>✓ Yes</source>
        <translation>✓ 예</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/webex_signin.py" line="429"/>
        <source>✗ No: this account cannot create users in Webex</source>
        <translation>✗ 아니요: 이 계정으로는 Webex에서 사용자를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="vanished">이 단계에서 하는 작업</translation>
    </message>
    <message>
        <source>A Webex sign-in window opens inside this app; the access token it returns is captured automatically.</source>
        <translation type="vanished">이 앱 안에서 Webex 로그인 창이 열리며, 반환된 액세스 토큰은 자동으로 가져옵니다.</translation>
    </message>
    <message>
        <source>The wizard reads your Webex organization ID from your account and confirms that you are a Full Administrator.</source>
        <translation type="vanished">마법사는 계정에서 Webex 조직 ID를 읽고 전체 관리자인지 확인합니다.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../wizard/ui/journey.py" line="45"/>
        <source>Connect Microsoft Entra ID to Webex</source>
        <translation>Microsoft Entra ID를 Webex에 연결</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/journey.py" line="46"/>
        <source>Set up automatic user provisioning from your Microsoft tenant to your Webex organization.</source>
        <translation>Microsoft 테넌트에서 Webex 조직으로의 자동 사용자 프로비저닝을 설정합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="13"/>
        <source>What will happen</source>
        <translation>진행 과정</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="17"/>
        <source>You sign in to Microsoft and to Webex in secure windows inside this app. Nothing has to be copied by hand.</source>
        <translation>이 앱 안의 보안 창에서 Microsoft와 Webex에 로그인합니다. 직접 복사해서 붙여 넣을 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="21"/>
        <source>The wizard checks your roles and adds the Cisco Webex enterprise app to Entra ID, or reuses the one you already have.</source>
        <translation>마법사가 역할을 확인하고 Entra ID에 Cisco Webex 엔터프라이즈 애플리케이션을 추가하거나, 이미 있는 애플리케이션을 재사용합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="24"/>
        <source>It tests the connection to Webex and lets you choose who is provisioned.</source>
        <translation>Webex 연결을 테스트하고 프로비저닝 대상을 선택할 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="26"/>
        <source>It lists every change before making it, then starts provisioning and tries it with one test user.</source>
        <translation>변경하기 전에 모든 변경 내용을 보여 준 다음, 프로비저닝을 시작하고 테스트 사용자 한 명으로 시험합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="31"/>
        <source>What you need</source>
        <translation>필요한 항목</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="35"/>
        <source>A Microsoft Entra account with the Application Administrator, Cloud Application Administrator or Global Administrator role.</source>
        <translation>애플리케이션 관리자, 클라우드 애플리케이션 관리자 또는 전역 관리자 역할이 있는 Microsoft Entra 계정</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="38"/>
        <source>A Webex account with the Full Administrator role.</source>
        <translation>전체 관리자 역할이 있는 Webex 계정</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/pages/welcome.py" line="43"/>
        <source>It takes about 5 minutes. You can go Back at any step; nothing in your tenant or organization changes until you confirm the list of changes.</source>
        <translation>약 5분 정도 걸립니다. 어느 단계에서든 [뒤로]를 눌러 돌아갈 수 있으며, 변경 목록을 확인하기 전까지는 테넌트나 조직에서 아무것도 변경되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../wizard/webex/connection.py" line="59"/>
        <source>Read access confirmed. The Full Administrator role could not be checked because the account details (people/me) were not available.</source>
        <extracomment>Longest Retry-After the page waits out by itself before asking the admin (seconds). Extra lines under a passed check (context &quot;connection&quot; for translation).</extracomment>
        <translation>읽기 액세스를 확인했습니다. 계정 세부 정보(people/me)를 가져올 수 없어 전체 관리자 역할은 확인하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>diagnose</name>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="44"/>
        <source>Saved configuration and secrets</source>
        <extracomment>A check with one of these statuses lets the checks that depend on it run. Check ids in the order they run, with their titles (context &quot;diagnose&quot;).</extracomment>
        <translation>저장된 구성 및 비밀</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="45"/>
        <source>Webex token</source>
        <translation>Webex 토큰</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="46"/>
        <source>Webex SCIM tenant URL</source>
        <translation>Webex SCIM 테넌트 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="47"/>
        <source>Microsoft sign-in</source>
        <translation>Microsoft 로그인</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="48"/>
        <source>Cisco Webex Identity Integration app</source>
        <translation>Cisco Webex Identity Integration 애플리케이션</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="49"/>
        <source>Cisco Webex app and provisioning job</source>
        <translation>Cisco Webex 애플리케이션 및 프로비저닝 작업</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="50"/>
        <source>Provisioning job state</source>
        <translation>프로비저닝 작업 상태</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="51"/>
        <source>Entra&apos;s test of the saved credentials</source>
        <translation>저장된 자격 증명에 대한 Entra 테스트</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="65"/>
        <source>{service} did not answer normally ({detail}). The problem is on their side; nothing was changed. Retry later.</source>
        <extracomment>check -&gt; the checks it needs to have passed (ok or warning).</extracomment>
        <translation>{service}이(가) 정상적으로 응답하지 않았습니다({detail}). 서비스 측의 문제이며, 변경된 내용은 없습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="21"/>
        <source>The saved secrets cannot be read: {what}</source>
        <translation>저장된 비밀을 읽을 수 없습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="61"/>
        <source>No Webex token is saved for this organization.</source>
        <extracomment>What a complete setup saved, in the order check 1 asks about it: (the target&apos;s field, the finding when it is empty, the fix that saves it again).</extracomment>
        <translation>이 조직에 대해 저장된 Webex 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="66"/>
        <source>No SCIM tenant URL is saved for this organization.</source>
        <translation>이 조직에 대해 저장된 SCIM 테넌트 URL이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="35"/>
        <source>Secrets are readable, but the saved progress is not: {what} The app is looked up in the tenant instead.</source>
        <translation>비밀은 읽을 수 있지만 저장된 진행 상황은 읽을 수 없습니다: {what} 대신 테넌트에서 애플리케이션을 조회합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/config_check.py" line="47"/>
        <source>Secrets for tenant {tenant} and Webex organization {org} are saved and readable.</source>
        <translation>테넌트 {tenant} 및 Webex 조직 {org}의 비밀이 저장되어 있으며 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="46"/>
        <source>The Webex token expired on {date}. Entra cannot provision users with it.</source>
        <extracomment>Warn this long before the Webex token expires.</extracomment>
        <translation>Webex 토큰이 {date}에 만료되었습니다. Entra에서 이 토큰으로는 사용자를 프로비저닝할 수 없습니다.</translation>
    </message>
    <message>
        <source>Webex no longer accepts the saved token (revoked or signed out): {what}</source>
        <translation type="vanished">Webex에서 저장된 토큰을 더 이상 허용하지 않습니다(취소 또는 로그아웃됨): {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="72"/>
        <source>Webex for Government admin tokens last no longer than 12 hours; this one expires on {date}, and Entra ID cannot provision users after that. Renew it then, and ask Cisco how to keep provisioning running for Webex for Government.</source>
        <translation>Webex for Government 관리자 토큰은 최대 12시간 동안만 유효합니다. 이 토큰은 {date}에 만료되며, 그 후에는 Entra ID가 사용자를 프로비저닝할 수 없습니다. 그때 토큰을 갱신하고, Webex for Government에서 프로비저닝을 계속 실행하는 방법은 Cisco에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="93"/>
        <source>Webex says the saved token has expired: {what}</source>
        <translation>Webex에 따르면 저장된 토큰이 만료되었습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="103"/>
        <source>Webex no longer accepts the saved token (revoked or signed out): {what} The token belongs to the one administrator who signed in; signing that administrator out or resetting their access in Control Hub revokes it.</source>
        <translation>Webex에서 저장된 토큰을 더 이상 허용하지 않습니다(해지되었거나 로그아웃됨): {what} 토큰은 로그인한 관리자 한 명의 것이며, Control Hub에서 해당 관리자를 로그아웃시키거나 액세스를 재설정하면 토큰이 해지됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="125"/>
        <source>The token belongs to Webex organization {got}, not {want}.</source>
        <translation>토큰이 {want}이(가) 아닌 Webex 조직 {got}의 것입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="136"/>
        <source>{account} is no longer a Full Administrator of the Webex organization.</source>
        <translation>{account}은(는) 더 이상 Webex 조직의 전체 관리자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="157"/>
        <source>The Webex token expires on {date} (in {days} days). Renew it before then.</source>
        <translation>Webex 토큰은 {date}에 만료됩니다({days}일 후). 그 전에 갱신하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="168"/>
        <source>Accepted by Webex for {account} (Full Administrator); expires on {date}.</source>
        <translation>Webex에서 {account}(전체 관리자)의 토큰으로 허용했습니다. {date}에 만료됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="193"/>
        <source>The tenant URL did not accept the token: {what}</source>
        <translation>테넌트 URL에서 토큰을 허용하지 않았습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/webex_checks.py" line="202"/>
        <source>{url} answers with the saved token.</source>
        <translation>{url}이(가) 저장된 토큰으로 응답합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="50"/>
        <source>Signed in to Microsoft as {user}.</source>
        <translation>{user}(으)로 Microsoft에 로그인했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="62"/>
        <source>The saved Microsoft sign-in cannot be used: {what}</source>
        <translation>저장된 Microsoft 로그인을 사용할 수 없습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="71"/>
        <source>No usable saved Microsoft sign-in for tenant {tenant}: an administrator must sign in.</source>
        <translation>테넌트 {tenant}에 사용할 수 있는 저장된 Microsoft 로그인이 없습니다. 관리자가 로그인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="89"/>
        <source>The saved sign-in belongs to tenant {got}, not {want}.</source>
        <translation>저장된 로그인이 {want}이(가) 아닌 테넌트 {got}의 것입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="97"/>
        <source>Signed in to Microsoft as {user} without asking (saved sign-in).</source>
        <translation>묻지 않고 {user}(으)로 Microsoft에 로그인했습니다(저장된 로그인).</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="116"/>
        <source>Cisco Webex Identity Integration (appId {app_id}) is missing from your tenant. This is exactly what makes Control Hub show &quot;Azure AD integration error. The request was unauthorized&quot; (401, code 701018). An administrator&apos;s consent restores it.</source>
        <translation>테넌트에 Cisco Webex Identity Integration(appId {app_id})이 없습니다. 바로 이 때문에 Control Hub에 &quot;Azure AD integration error. The request was unauthorized&quot;(401, 코드 701018) 오류가 표시됩니다. 관리자가 동의하면 복원됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="130"/>
        <source>Present (service principal {sp_id}).</source>
        <translation>있음(서비스 주체 {sp_id}).</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="194"/>
        <source>The Cisco Webex enterprise app ({sp_id}) no longer exists in your tenant.</source>
        <translation>테넌트에 Cisco Webex 엔터프라이즈 애플리케이션({sp_id})이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="212"/>
        <source>The Cisco Webex app exists, but its provisioning job ({job_id}) is gone.</source>
        <translation>Cisco Webex 애플리케이션은 있지만 프로비저닝 작업({job_id})이 없어졌습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="227"/>
        <source>App {sp_id} and provisioning job {job_id} are present.</source>
        <translation>애플리케이션 {sp_id} 및 프로비저닝 작업 {job_id}이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="233"/>
        <source>Your tenant has {count} Cisco Webex apps from the Entra app gallery. The wizard uses {sp_id}, the one in its saved setup; the others ({others}) can provision the same users to Webex a second time. Delete the others in the Entra admin center (Enterprise applications &gt; each app by its object ID &gt; Properties &gt; Delete) once you are sure nothing else uses them.</source>
        <translation>테넌트에 Entra 애플리케이션 갤러리의 Cisco Webex 애플리케이션이 {count}개 있습니다. 마법사는 저장된 설정에 있는 {sp_id}을(를) 사용하며, 나머지 애플리케이션({others})은 같은 사용자를 Webex에 한 번 더 프로비저닝할 수 있습니다. 다른 곳에서 사용하지 않는 것이 확실하면 Entra 관리 센터(엔터프라이즈 애플리케이션 &gt; 개체 ID로 각 애플리케이션 선택 &gt; 속성 &gt; 삭제)에서 나머지 애플리케이션을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="243"/>
        <source>The Cisco Webex app {sp_id} has {count} provisioning jobs. The wizard uses {job_id}, the one in its saved setup; the others ({others}) provision the same users a second time. Delete the others, for example in Graph Explorer signed in as an administrator: DELETE /servicePrincipals/{sp_id}/synchronization/jobs/ followed by each job ID.</source>
        <translation>Cisco Webex 애플리케이션 {sp_id}에 프로비저닝 작업이 {count}개 있습니다. 마법사는 저장된 설정에 있는 {job_id}을(를) 사용하며, 나머지 작업({others})은 같은 사용자를 한 번 더 프로비저닝합니다. 나머지 작업을 삭제하세요. 예를 들어 관리자로 로그인한 Graph Explorer에서 DELETE /servicePrincipals/{sp_id}/synchronization/jobs/ 뒤에 각 작업 ID를 붙여 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="57"/>
        <source>The job is in quarantine ({reason}: {detail}).</source>
        <translation>작업이 격리 상태입니다({reason}: {detail}).</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="86"/>
        <source>The job is paused: nobody is provisioned.</source>
        <translation>작업이 일시 중지되어 아무도 프로비저닝되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="67"/>
        <source>The job was never started.</source>
        <translation>작업이 시작된 적이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="68"/>
        <source>The job&apos;s schedule is off (Disabled) although its status is {code}: it has run before, but it will not run again until it is started.</source>
        <translation>작업 상태는 {code}이지만 작업 일정이 꺼져 있습니다(Disabled). 이전에 실행된 적은 있지만, 시작할 때까지 다시 실행되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="104"/>
        <source>The job is {code}, but its last {count} runs failed.</source>
        <translation>작업 상태는 {code}이지만 최근 {count}회 실행이 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="113"/>
        <source>The job is {code}; last successful run {last}.</source>
        <translation>작업 상태: {code}. 마지막 성공 실행: {last}.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="136"/>
        <source>Entra could not connect to Webex with the saved tenant URL and token: {detail}</source>
        <translation>Entra에서 저장된 테넌트 URL과 토큰으로 Webex에 연결할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="149"/>
        <source>Entra connected to Webex with the saved credentials.</source>
        <translation>Entra가 저장된 자격 증명으로 Webex에 연결했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/report.py" line="147"/>
        <source>Not checked: &quot;{because}&quot; did not pass.</source>
        <extracomment>The English source of ``finding`` and its parameters, for the GUI&apos;s translation.</extracomment>
        <translation>확인하지 않음: &quot;{because}&quot; 검사를 통과하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/run.py" line="84"/>
        <source>Not checked: the check was cancelled.</source>
        <translation>확인하지 않음: 검사가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/run.py" line="91"/>
        <source>The service</source>
        <translation>서비스</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../wizard/entra/errors.py" line="27"/>
        <source>Microsoft sign-in was cancelled at the permissions page.</source>
        <extracomment>Anything this long and token-like in a server message is treated as a possible secret. Sign-in failures by AADSTS number or OAuth error: their code &quot;entra&quot; gets that number or error appended (``entra.AADSTS65004``), see :meth:`SignInError.from_result`.</extracomment>
        <translation>권한 페이지에서 Microsoft 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="28"/>
        <source>The permissions the wizard asked for were declined ({aadsts}), so Microsoft did not complete the sign-in.</source>
        <translation>마법사가 요청한 권한이 거부되어({aadsts}) Microsoft에서 로그인을 완료하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="33"/>
        <source>Sign in again and click Accept on the permissions page. Nothing was changed in your tenant.</source>
        <translation>다시 로그인하고 권한 페이지에서 [수락]을 클릭하세요. 테넌트에서 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="41"/>
        <source>Microsoft rejected the sign-in&apos;s reply address.</source>
        <translation>Microsoft에서 로그인 회신 주소를 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="42"/>
        <source>The app used for sign-in does not list the wizard&apos;s redirect URI ({aadsts}).</source>
        <translation>로그인에 사용된 앱에 마법사의 리디렉션 URI가 등록되어 있지 않습니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="46"/>
        <source>If you set your own app registration (entra_client_id), add http://localhost as a &apos;Mobile and desktop applications&apos; redirect URI; otherwise remove entra_client_id and entra_redirect_uri from the configuration.</source>
        <translation>자체 앱 등록(entra_client_id)을 설정한 경우 http://localhost를 &apos;모바일 및 데스크톱 애플리케이션&apos; 리디렉션 URI로 추가하세요. 그렇지 않으면 구성에서 entra_client_id와 entra_redirect_uri를 제거하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="55"/>
        <source>An administrator must approve the wizard&apos;s permissions first.</source>
        <translation>먼저 관리자가 마법사의 권한을 승인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="56"/>
        <source>The signed-in account cannot grant the permissions the wizard needs; they need admin consent ({aadsts}).</source>
        <translation>로그인한 계정은 마법사에 필요한 권한을 부여할 수 없습니다. 이 권한에는 관리자 동의가 필요합니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="61"/>
        <source>Sign in with a Global Administrator or Privileged Role Administrator account, or ask one to grant consent, then try again.</source>
        <translation>전역 관리자 또는 권한 있는 역할 관리자 계정으로 로그인하거나, 해당 관리자에게 동의를 요청한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="69"/>
        <source>Your Microsoft sign-in has expired.</source>
        <translation>Microsoft 로그인이 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="70"/>
        <source>The saved sign-in is no longer accepted ({aadsts}): it expired, was revoked, or the password changed.</source>
        <translation>저장된 로그인이 더 이상 허용되지 않습니다({aadsts}). 만료 또는 취소되었거나 암호가 변경되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="75"/>
        <source>Sign in again. Nothing was changed.</source>
        <translation>다시 로그인하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="79"/>
        <source>Microsoft did not accept the permissions the wizard asked for.</source>
        <translation>Microsoft에서 마법사가 요청한 권한을 허용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="80"/>
        <source>The requested Microsoft Graph permissions are not valid for this cloud ({aadsts}).</source>
        <translation>요청한 Microsoft Graph 권한이 이 클라우드에서 유효하지 않습니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="84"/>
        <source>Check that graph_base and the Entra cloud in the configuration belong together, then sign in again.</source>
        <translation>구성의 graph_base와 Entra 클라우드가 서로 맞는지 확인한 후 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="100"/>
        <source>Your organization&apos;s Conditional Access policy blocked this sign-in.</source>
        <extracomment>AADSTS number -&gt; message. Several numbers share one cause from the admin&apos;s point of view.</extracomment>
        <translation>조직의 조건부 액세스 정책이 이 로그인을 차단했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="103"/>
        <source>Sign-ins from the wizard&apos;s built-in browser do not meet a policy, often one that requires a compliant or registered device ({aadsts}).</source>
        <translation>마법사의 기본 제공 브라우저에서 로그인하면 정책을 충족하지 못합니다. 대개 규정 준수 디바이스나 등록된 디바이스를 요구하는 정책입니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="108"/>
        <source>Choose &apos;Sign in with the system browser&apos; (or the device code sign-in) and try again. If it still fails, ask your Entra administrator which policy applies.</source>
        <translation>[시스템 브라우저 사용] 또는 [코드로 로그인]을 선택하고 다시 시도하세요. 그래도 실패하면 어떤 정책이 적용되는지 Entra 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="116"/>
        <source>Multi-factor authentication is required.</source>
        <translation>다단계 인증이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="117"/>
        <source>Your organization requires a second sign-in step for this account ({aadsts}).</source>
        <translation>조직에서 이 계정에 대해 추가 로그인 단계를 요구합니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="121"/>
        <source>Sign in again and complete the verification prompt. If the wizard&apos;s browser cannot show it, choose &apos;Sign in with the system browser&apos;.</source>
        <translation>다시 로그인하고 확인 요청을 완료하세요. 마법사의 브라우저에 표시되지 않으면 [시스템 브라우저 사용]을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="129"/>
        <source>This account must register for multi-factor authentication.</source>
        <translation>이 계정은 다단계 인증에 등록해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="130"/>
        <source>Your organization requires MFA and this account has not set it up ({aadsts}).</source>
        <translation>조직에서 MFA를 요구하지만 이 계정은 아직 MFA를 설정하지 않았습니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="134"/>
        <source>Set up MFA at https://aka.ms/mfasetup with this account, then sign in again.</source>
        <translation>이 계정으로 https://aka.ms/mfasetup 에서 MFA를 설정한 후 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="144"/>
        <source>The sign-in app is not available in your tenant.</source>
        <translation>로그인 앱을 테넌트에서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="145"/>
        <source>Entra ID could not find the application used for sign-in in this tenant ({aadsts}). Some organizations block the Microsoft Graph Command Line Tools app.</source>
        <translation>Entra ID에서 이 테넌트의 로그인용 애플리케이션을 찾을 수 없습니다({aadsts}). 일부 조직은 Microsoft Graph Command Line Tools 앱을 차단합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="150"/>
        <source>Check entra_client_id and entra_tenant; or register your own public client app and set entra_client_id to its application ID.</source>
        <translation>entra_client_id와 entra_tenant를 확인하세요. 또는 자체 공용 클라이언트 앱을 등록하고 entra_client_id를 해당 애플리케이션 ID로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="158"/>
        <source>This account cannot sign in to this tenant.</source>
        <translation>이 계정으로는 이 테넌트에 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="159"/>
        <source>The account belongs to another directory, or is a personal Microsoft account ({aadsts}).</source>
        <translation>이 계정은 다른 디렉터리에 속해 있거나 개인 Microsoft 계정입니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="163"/>
        <source>Sign in with a work account of the tenant you want to configure, or set entra_tenant to that account&apos;s tenant ID.</source>
        <translation>구성하려는 테넌트의 회사 계정으로 로그인하거나 entra_tenant를 해당 계정의 테넌트 ID로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="171"/>
        <source>This sign-in was already completed.</source>
        <translation>이 로그인은 이미 완료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="172"/>
        <source>Each sign-in code works only once and this one was already used ({aadsts}), for example by a second click.</source>
        <translation>로그인 코드는 한 번만 사용할 수 있는데 이 코드는 이미 사용되었습니다({aadsts}). 예를 들어 두 번 클릭하면 이렇게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="177"/>
        <source>Sign in again.</source>
        <translation>다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="181"/>
        <source>The sign-in could not be completed securely.</source>
        <translation>로그인을 안전하게 완료할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="182"/>
        <source>The proof key sent at the end did not match the one sent at the start ({aadsts}). This happens when an old sign-in window is reused or the response was altered.</source>
        <translation>마지막에 보낸 증명 키가 처음에 보낸 키와 일치하지 않습니다({aadsts}). 이전 로그인 창을 다시 사용했거나 응답이 변조된 경우에 발생합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="187"/>
        <source>Close any other sign-in windows and sign in again.</source>
        <translation>다른 로그인 창을 모두 닫고 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="191"/>
        <source>Entra ID does not know the tenant in the settings.</source>
        <translation>Entra ID에서 설정에 지정된 테넌트를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="192"/>
        <source>The tenant ID or domain is not found in this Microsoft cloud ({aadsts}).</source>
        <translation>이 Microsoft 클라우드에서 테넌트 ID 또는 도메인을 찾을 수 없습니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="196"/>
        <source>Check entra_tenant (a tenant ID or a verified domain such as contoso.onmicrosoft.com) and the Entra cloud you chose, then try again.</source>
        <translation>entra_tenant(테넌트 ID 또는 contoso.onmicrosoft.com 같은 확인된 도메인)와 선택한 Entra 클라우드를 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="219"/>
        <source>The device sign-in was declined.</source>
        <extracomment>OAuth error strings without a more specific AADSTS entry.</extracomment>
        <translation>디바이스 로그인이 거부되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="220"/>
        <source>Someone chose not to approve the sign-in on the code page ({aadsts}).</source>
        <translation>코드 페이지에서 로그인을 승인하지 않도록 선택했습니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="223"/>
        <source>Start the device sign-in again and approve it.</source>
        <translation>디바이스 로그인을 다시 시작하고 승인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="227"/>
        <source>The device code expired before the sign-in was finished.</source>
        <translation>로그인이 완료되기 전에 디바이스 코드가 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="228"/>
        <source>Device codes are valid for about 15 minutes ({aadsts}).</source>
        <translation>디바이스 코드는 약 15분 동안 유효합니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="229"/>
        <source>Start the device sign-in again and enter the new code promptly.</source>
        <translation>디바이스 로그인을 다시 시작하고 새 코드를 바로 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="235"/>
        <source>Microsoft sign-in is temporarily unavailable.</source>
        <translation>Microsoft 로그인을 일시적으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="236"/>
        <source>Entra ID reported a temporary problem ({aadsts}).</source>
        <translation>Entra ID에서 일시적인 문제를 보고했습니다({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="237"/>
        <location filename="../../wizard/entra/errors.py" line="334"/>
        <source>Wait a minute and try again. Nothing was changed.</source>
        <translation>잠시 기다린 후 다시 시도하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="247"/>
        <source>Microsoft sign-in failed.</source>
        <extracomment>Error strings that say more than the generic AADSTS number that comes with them.</extracomment>
        <translation>Microsoft 로그인에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="248"/>
        <source>Entra ID answered {error} ({aadsts}): {detail}</source>
        <translation>Entra ID 응답 {error}({aadsts}): {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="249"/>
        <source>Try again. If it keeps failing, send the ids below to your Entra administrator or support.</source>
        <translation>다시 시도하세요. 계속 실패하면 아래 ID를 Entra 관리자나 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="299"/>
        <source>The sign-in response does not belong to this sign-in.</source>
        <extracomment>e.g. &quot;AADSTS65004&quot;, or &quot;&quot; when Entra gave no number. The OAuth ``error`` string, e.g. &quot;access_denied&quot;.</extracomment>
        <translation>이 로그인에 대한 응답이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="300"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent, so it may come from an older sign-in window or have been altered. It was not used.</source>
        <translation>응답의 &apos;state&apos; 값이 마법사가 보낸 값과 달라, 이전 로그인 창에서 왔거나 변조되었을 수 있습니다. 이 응답은 사용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="305"/>
        <source>Close other sign-in windows and sign in again.</source>
        <translation>다른 로그인 창을 닫고 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="309"/>
        <source>The sign-in response could not be used.</source>
        <translation>로그인 응답을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="310"/>
        <source>It was not what the wizard expected: {reason}.</source>
        <translation>마법사가 예상한 응답이 아닙니다: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="311"/>
        <source>Sign in again; if it keeps happening, report it with the log file.</source>
        <translation>다시 로그인하세요. 계속 발생하면 로그 파일과 함께 보고하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="317"/>
        <source>The Microsoft sign-in service at {authority} did not answer as expected.</source>
        <translation>{authority}의 Microsoft 로그인 서비스가 예상대로 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="320"/>
        <source>Its OpenID configuration could not be read, so the address or tenant is probably wrong.</source>
        <translation>OpenID 구성을 읽을 수 없습니다. 주소나 테넌트가 잘못되었을 가능성이 높습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="324"/>
        <source>Check entra_authority_host and entra_tenant in the configuration (and the proxy), then try again.</source>
        <translation>구성의 entra_authority_host와 entra_tenant(및 프록시)를 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="332"/>
        <source>Microsoft sign-in at {host} is temporarily unavailable.</source>
        <translation>{host}의 Microsoft 로그인을 일시적으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="333"/>
        <source>The service answered with a server error.</source>
        <translation>서비스에서 서버 오류를 반환했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="339"/>
        <source>There is no saved Microsoft sign-in to use.</source>
        <translation>사용할 수 있는 저장된 Microsoft 로그인이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="340"/>
        <source>The wizard has not signed in on this computer, or you signed out.</source>
        <translation>이 컴퓨터에서 마법사로 로그인한 적이 없거나 로그아웃했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/errors.py" line="343"/>
        <source>Sign in with your administrator account.</source>
        <translation>관리자 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="208"/>
        <source>The setting &apos;{key}&apos; is not valid: {value}</source>
        <extracomment>True when retrying later without changing anything may succeed (outages, throttling). e.g. {&quot;request-id&quot;: ..., &quot;client-request-id&quot;: ..., &quot;trackingId&quot;: ...} True when retrying later without changing anything may succeed (outages, throttling).</extracomment>
        <translation>설정 &apos;{key}&apos;의 값이 올바르지 않습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="209"/>
        <source>It must be {expected}.{where}</source>
        <translation>허용되는 값: {expected}.{where}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="210"/>
        <source>Correct &apos;{key}&apos; (or remove it to use the default) and start again.</source>
        <translation>&apos;{key}&apos; 값을 수정하거나 기본값을 사용하도록 삭제한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="216"/>
        <source>Unknown setting &apos;{key}&apos; in {where}.</source>
        <translation>{where}에 알 수 없는 설정 &apos;{key}&apos;이(가) 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="217"/>
        <source>The wizard only knows these settings: {known}.</source>
        <translation>마법사가 인식하는 설정은 다음과 같습니다: {known}.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="218"/>
        <source>Check the spelling of &apos;{key}&apos;, or remove it, and start again.</source>
        <translation>&apos;{key}&apos;의 철자를 확인하거나 삭제한 후 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="224"/>
        <source>The configuration file {path} does not exist.</source>
        <translation>구성 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="225"/>
        <source>It was named by --config or WIZARD_CONFIG.</source>
        <translation>이 파일은 --config 또는 WIZARD_CONFIG로 지정되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="226"/>
        <source>Give the path of an existing TOML file, or leave it out.</source>
        <translation>존재하는 TOML 파일의 경로를 지정하거나 이 옵션을 생략하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="230"/>
        <source>The configuration file {path} cannot be read.</source>
        <translation>구성 파일 {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="231"/>
        <source>It is not valid TOML: {detail}</source>
        <translation>올바른 TOML 형식이 아닙니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="232"/>
        <source>Fix the file (see README, &apos;Configuration&apos;) and start again.</source>
        <translation>파일을 수정한 후(README의 &apos;Configuration&apos; 참조) 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="257"/>
        <source>Could not connect to {host}.</source>
        <translation>{host}에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="258"/>
        <source>The connection failed ({detail}). The network, a proxy or a firewall may be blocking it, or the service may be down.</source>
        <translation>연결에 실패했습니다({detail}). 네트워크, 프록시 또는 방화벽이 연결을 차단하고 있거나 서비스가 중단되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="263"/>
        <source>Check your network and proxy settings (HTTPS_PROXY), then click Retry. Nothing was changed.</source>
        <translation>네트워크 및 프록시 설정(HTTPS_PROXY)을 확인한 후 [다시 시도]를 클릭하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="272"/>
        <source>{host} did not answer in time.</source>
        <translation>{host}에서 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="273"/>
        <source>The service may be slow or having an outage.</source>
        <translation>서비스가 느리거나 중단되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="274"/>
        <source>Wait a minute and click Retry.</source>
        <translation>잠시 기다린 후 [다시 시도]를 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="279"/>
        <source>The secure connection to {host} could not be verified.</source>
        <translation>{host}에 대한 보안 연결을 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="280"/>
        <source>Its certificate is not trusted ({detail}). A TLS-inspecting proxy is the usual cause.</source>
        <translation>인증서를 신뢰할 수 없습니다({detail}). 대개 TLS 검사 프록시가 원인입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="284"/>
        <source>Ask your network team for the proxy&apos;s CA certificate and set it as ca_bundle in the configuration file (or REQUESTS_CA_BUNDLE).</source>
        <translation>네트워크 팀에 프록시의 CA 인증서를 요청하고 구성 파일의 ca_bundle(또는 REQUESTS_CA_BUNDLE)로 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="306"/>
        <source>{service} answered {status} ({code}): the problem is on their side or we are being throttled.</source>
        <extracomment>429 and 5xx: throttled, or the problem is on the service&apos;s side.</extracomment>
        <translation>{service} 응답: {status}({code}). 서비스 측 문제이거나 요청이 제한되고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="311"/>
        <source>Nothing was changed. Wait a few minutes and click Retry.</source>
        <translation>변경된 내용은 없습니다. 몇 분 기다린 후 [다시 시도]를 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="317"/>
        <source>{service} refused the request ({status} {code}): the sign-in has expired or the account lacks a required role.</source>
        <translation>{service}에서 요청을 거부했습니다({status} {code}). 로그인이 만료되었거나 계정에 필요한 역할이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="322"/>
        <source>Sign in again with an administrator account and retry.</source>
        <translation>관리자 계정으로 다시 로그인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="327"/>
        <source>{service} answered {status} ({code}): {message}</source>
        <translation>{service} 응답 {status}({code}): {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="34"/>
        <source>Microsoft Graph reported an error.</source>
        <extracomment>HTTP status of the answer. Graph&apos;s ``error.code`` (e.g. ``Request_ResourceNotFound``), &quot;&quot; when the body had none. Seconds from ``Retry-After`` when the service sent one.</extracomment>
        <translation>Microsoft Graph에서 오류를 보고했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="35"/>
        <source>Microsoft Graph answered {status} ({graph_code}) to {operation}: {detail}</source>
        <translation>&apos;{operation}&apos; 작업에서 Microsoft Graph가 {status}({graph_code}) 오류를 반환했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="328"/>
        <location filename="../../wizard/entra/graph_errors.py" line="38"/>
        <source>Retry; if it happens again, send the ids below to support with the exported report.</source>
        <translation>다시 시도하세요. 다시 발생하면 아래 ID를 내보낸 보고서와 함께 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="71"/>
        <source>Microsoft Graph could not find {operation}.</source>
        <translation>&apos;{operation}&apos; 작업에서 Microsoft Graph가 대상을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="72"/>
        <source>It answered {status} ({graph_code}): the object does not exist, was deleted, or is not visible to your account.</source>
        <translation>{status}({graph_code}) 응답: 개체가 존재하지 않거나, 삭제되었거나, 계정에서 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="77"/>
        <source>Go Back and run the checks again. If someone deleted the app meanwhile, the wizard will offer to add it again.</source>
        <translation>[뒤로]를 눌러 검사를 다시 실행하세요. 그사이 누군가 애플리케이션을 삭제했다면 마법사가 다시 추가하도록 제안합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="88"/>
        <source>Microsoft Graph refused {operation}.</source>
        <translation>Microsoft Graph에서 &apos;{operation}&apos; 작업을 허용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="89"/>
        <source>It answered {status} ({graph_code}): your account lacks a role or permission this step needs.</source>
        <translation>{status}({graph_code}) 응답: 계정에 이 단계에 필요한 역할이나 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="94"/>
        <source>Sign in with an account that holds the Application Administrator, Cloud Application Administrator or Global Administrator role (activate it first if it is eligible in Privileged Identity Management), then retry.</source>
        <translation>애플리케이션 관리자, 클라우드 애플리케이션 관리자 또는 전역 관리자 역할이 있는 계정으로 로그인한 후 다시 시도하세요. Privileged Identity Management에서 적격 역할로 할당되어 있다면 먼저 활성화하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="106"/>
        <source>Your Microsoft sign-in is no longer accepted.</source>
        <translation>Microsoft 로그인이 더 이상 허용되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="107"/>
        <source>Microsoft Graph answered {status} ({graph_code}) to {operation}: the sign-in expired or was revoked.</source>
        <translation>&apos;{operation}&apos; 작업에서 Microsoft Graph가 {status}({graph_code}) 오류를 반환했습니다. 로그인이 만료되었거나 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="112"/>
        <source>Go Back to the Microsoft sign-in page and sign in again. Nothing was changed.</source>
        <translation>[뒤로]를 눌러 Microsoft 로그인 페이지로 돌아가 다시 로그인하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="122"/>
        <source>Microsoft Graph is asking the wizard to slow down.</source>
        <translation>Microsoft Graph에서 요청 속도를 줄이도록 요구하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="123"/>
        <source>It answered {status} ({graph_code}) to {operation} and asked for a pause longer than the wizard waits on its own.</source>
        <translation>&apos;{operation}&apos; 작업의 응답은 {status}({graph_code})이며, 마법사가 자동으로 기다리는 시간보다 긴 대기를 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="128"/>
        <source>Wait a minute, then click Retry. Nothing was changed by the refused request.</source>
        <translation>잠시 기다린 후 [다시 시도]를 클릭하세요. 거부된 요청으로 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="138"/>
        <source>Microsoft Graph is temporarily unavailable.</source>
        <translation>Microsoft Graph를 일시적으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="139"/>
        <source>It answered {status} ({graph_code}) to {operation}: the problem is on Microsoft&apos;s side.</source>
        <translation>&apos;{operation}&apos; 작업의 응답은 {status}({graph_code})입니다. Microsoft 측의 문제입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="144"/>
        <source>Nothing was changed by the failed request. Wait a few minutes and click Retry; Microsoft&apos;s service health page may say more.</source>
        <translation>실패한 요청으로 변경된 내용은 없습니다. 몇 분 기다린 후 [다시 시도]를 클릭하세요. 자세한 내용은 Microsoft 서비스 상태 페이지에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="158"/>
        <source>Entra ID was still busy with {operation}.</source>
        <translation>Entra ID에서 아직 &apos;{operation}&apos; 작업을 처리하고 있었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="159"/>
        <source>Microsoft Graph answered {status} ({graph_code}): another change to the same object had not finished.</source>
        <translation>Microsoft Graph 응답 {status}({graph_code}): 같은 개체에 대한 다른 변경이 아직 끝나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="164"/>
        <source>Wait a few seconds and click Retry.</source>
        <translation>몇 초 기다린 후 [다시 시도]를 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="172"/>
        <source>Microsoft Graph rejected {operation}.</source>
        <translation>Microsoft Graph에서 &apos;{operation}&apos; 요청을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="173"/>
        <source>It answered {status} ({graph_code}): {detail}</source>
        <translation>응답 {status}({graph_code}): {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph_errors.py" line="174"/>
        <source>This is probably a problem in the wizard or in this cloud&apos;s Graph. Send the ids below and the log file to support.</source>
        <translation>마법사 또는 이 클라우드의 Graph에 문제가 있을 가능성이 높습니다. 아래 ID와 로그 파일을 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/graph.py" line="277"/>
        <source>reading your tenant&apos;s details</source>
        <extracomment>Graph&apos;s own page cap for directory collections; fewer round trips on big tenants. A runaway nextLink chain (a server bug) must end: 200 pages x 999 objects is plenty. Refresh this long before expiry, so a long step does not fail half-way.</extracomment>
        <translation>테넌트 세부 정보 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="301"/>
        <source>{service} reported an error.</source>
        <translation>{service}에서 오류를 보고했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="356"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="357"/>
        <source>You stopped the operation before it finished.</source>
        <translation>작업이 끝나기 전에 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/errors.py" line="358"/>
        <source>Start it again when you are ready; nothing is lost.</source>
        <translation>준비가 되면 다시 시작하세요. 손실된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="55"/>
        <source>No secure place to keep secrets was found.</source>
        <extracomment>&quot;module.Class&quot; of every backend that stores secrets encrypted by the OS.</extracomment>
        <translation>비밀을 안전하게 보관할 곳을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="56"/>
        <source>The system keyring is not available (backend: {backend}); secrets would be lost or written in plain text.</source>
        <translation>시스템 키링을 사용할 수 없습니다(백엔드: {backend}). 이대로는 비밀이 손실되거나 일반 텍스트로 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="61"/>
        <source>On Linux, install and unlock GNOME Keyring or KWallet (Secret Service); on Windows and macOS the system keyring is used automatically. Or choose &quot;Don&apos;t remember secrets&quot;.</source>
        <translation>Linux에서는 GNOME Keyring 또는 KWallet(Secret Service)을 설치하고 잠금 해제하세요. Windows와 macOS에서는 시스템 키링이 자동으로 사용됩니다. 또는 &quot;비밀 기억 안 함&quot;을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="70"/>
        <source>The system keyring is locked.</source>
        <translation>시스템 키링이 잠겨 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="71"/>
        <source>Secrets cannot be read or saved until it is unlocked.</source>
        <translation>잠금을 해제할 때까지 비밀을 읽거나 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="72"/>
        <source>Unlock your keyring (log in again or open your keyring manager) and retry.</source>
        <translation>키링의 잠금을 해제한 후(다시 로그인하거나 키링 관리자 열기) 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="77"/>
        <source>The system keyring did not answer.</source>
        <translation>시스템 키링이 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="78"/>
        <source>The keyring service could not be reached ({detail}); it may have stopped or not be running in this session.</source>
        <translation>키링 서비스에 연결할 수 없습니다({detail}). 서비스가 중지되었거나 이 세션에서 실행되고 있지 않을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="83"/>
        <source>Make sure your keyring service is running and unlocked, then retry. Or choose &quot;Don&apos;t remember secrets&quot; and sign in again next time.</source>
        <translation>키링 서비스가 실행 중이고 잠금 해제되어 있는지 확인한 후 다시 시도하세요. 또는 &quot;비밀 기억 안 함&quot;을 선택하고 다음번에 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="92"/>
        <source>A secret could not be saved in the system keyring.</source>
        <translation>시스템 키링에 비밀을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="93"/>
        <source>The keyring refused the entry ({detail}). The previously saved secret, if any, is unchanged.</source>
        <translation>키링에서 항목을 거부했습니다({detail}). 이전에 저장된 비밀이 있다면 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="98"/>
        <source>Retry. If it fails again, choose &quot;Don&apos;t remember secrets&quot; and send the log file to support.</source>
        <translation>다시 시도하세요. 다시 실패하면 &quot;비밀 기억 안 함&quot;을 선택하고 로그 파일을 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="106"/>
        <source>A saved secret could not be read back intact.</source>
        <translation>저장된 비밀을 온전하게 읽어 올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="107"/>
        <source>The keyring entry &apos;{key}&apos; is incomplete or was changed ({detail}); a partial secret is never used.</source>
        <translation>키링 항목 &apos;{key}&apos;이(가) 불완전하거나 변경되었습니다({detail}). 일부만 남은 비밀은 사용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/keyring_backend.py" line="112"/>
        <source>Sign in again to replace it. Nothing in your tenant or Webex org was changed.</source>
        <translation>다시 로그인하여 교체하세요. 테넌트나 Webex 조직에서 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="15"/>
        <source>Something went wrong inside the wizard.</source>
        <translation>마법사 내부에서 문제가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="16"/>
        <source>An unexpected internal error stopped this step. Details were written to {log}.</source>
        <translation>예기치 않은 내부 오류로 이 단계가 중지되었습니다. 자세한 내용은 {log}에 기록되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="20"/>
        <source>Click Retry or go Back and try again. If it happens again, send the log file to support.</source>
        <translation>[다시 시도]를 클릭하거나 [뒤로]를 눌러 다시 시도하세요. 다시 발생하면 로그 파일을 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="30"/>
        <source>The sign-in page at {host} was blocked.</source>
        <translation>{host}의 로그인 페이지를 차단했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="31"/>
        <source>Its security certificate is not trusted ({detail}). Someone may be intercepting the connection, or a TLS-inspecting proxy is in the way.</source>
        <translation>이 페이지의 보안 인증서를 신뢰할 수 없습니다({detail}). 누군가 연결을 가로채고 있거나 TLS 검사 프록시가 중간에 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="36"/>
        <source>Do not sign in. Close this window and ask your network team whether a proxy inspects HTTPS traffic to {host}.</source>
        <translation>로그인하지 마세요. 이 창을 닫고 {host}(으)로 가는 HTTPS 트래픽을 검사하는 프록시가 있는지 네트워크 팀에 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="44"/>
        <source>The sign-in page at {host} could not be loaded.</source>
        <translation>{host}의 로그인 페이지를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="45"/>
        <source>The network, a proxy or a firewall may be blocking it, or the service may be down.</source>
        <translation>네트워크, 프록시 또는 방화벽이 차단하고 있거나 서비스가 중단되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="49"/>
        <source>Check your network connection, then close this window and try again.</source>
        <translation>네트워크 연결을 확인한 후 이 창을 닫고 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="50"/>
        <source>The Webex sign-in did not return to the wizard.</source>
        <translation>Webex 로그인이 마법사로 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="51"/>
        <source>The address it went to is not the wizard&apos;s registered return address.</source>
        <translation>이동한 주소가 마법사에 등록된 반환 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="54"/>
        <source>Close the sign-in window and sign in to Webex again.</source>
        <translation>로그인 창을 닫고 Webex에 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="21"/>
        <source>The Webex sign-in was cancelled.</source>
        <extracomment>Texts more than one kind of error shares.</extracomment>
        <translation>Webex 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="59"/>
        <source>Webex reports that access was not granted ({description}).</source>
        <translation>Webex에서 액세스가 허용되지 않았다고 보고했습니다({description}).</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="60"/>
        <source>Sign in to Webex again and, when asked, allow access with a Full Administrator account.</source>
        <translation>Webex에 다시 로그인하고, 요청이 표시되면 전체 관리자 계정으로 액세스를 허용하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="113"/>
        <source>Webex refused the sign-in request.</source>
        <translation>Webex에서 로그인 요청을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="114"/>
        <source>Webex answered &apos;{error}&apos;: {description}</source>
        <translation>Webex 응답 &apos;{error}&apos;: {description}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="115"/>
        <source>Sign in again. If it keeps failing, check the Webex settings (environment, client ID) and send this message to support.</source>
        <translation>다시 로그인하세요. 계속 실패하면 Webex 설정(환경, 클라이언트 ID)을 확인하고 이 메시지를 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="66"/>
        <source>The Webex sign-in answer does not belong to this sign-in.</source>
        <translation>이 로그인에 대한 Webex 응답이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="75"/>
        <source>It carries no &apos;state&apos; value, so it cannot be matched to our request.</source>
        <translation>응답에 &apos;state&apos; 값이 없어 마법사의 요청과 대조할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="83"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent. It may come from an older sign-in window, or from someone else&apos;s link.</source>
        <translation>응답의 &apos;state&apos; 값이 마법사가 보낸 값과 다릅니다. 이전 로그인 창이나 다른 사람의 링크에서 온 응답일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="69"/>
        <source>Close other sign-in windows and sign in to Webex again from the wizard.</source>
        <translation>다른 로그인 창을 닫고 마법사에서 Webex에 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="92"/>
        <source>The Webex sign-in answer could not be read.</source>
        <translation>Webex 로그인 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="93"/>
        <source>It is not a valid token response: {reason}.</source>
        <translation>올바른 토큰 응답이 아닙니다: {reason}.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="94"/>
        <source>Sign in to Webex again. If it keeps happening, send this message to support.</source>
        <translation>Webex에 다시 로그인하세요. 계속 발생하면 이 메시지를 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="101"/>
        <source>There is no Webex token to test yet.</source>
        <translation>아직 테스트할 Webex 토큰이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="102"/>
        <source>The Webex sign-in step has not been completed.</source>
        <translation>Webex 로그인 단계가 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="103"/>
        <source>Go Back and sign in to Webex.</source>
        <translation>[뒤로]를 눌러 Webex에 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="108"/>
        <source>The sign-in window was closed before Webex returned a token.</source>
        <translation>Webex에서 토큰을 반환하기 전에 로그인 창이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="109"/>
        <source>Click &quot;Sign in to Webex&quot; when you are ready to try again.</source>
        <translation>다시 시도할 준비가 되면 [Webex에 로그인]을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="151"/>
        <source>&apos;{value}&apos; is not a Webex organization ID.</source>
        <translation>&apos;{value}&apos;은(는) Webex 조직 ID가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="152"/>
        <source>An organization ID is a UUID such as 96abc2aa-3dcc-11e5-a152-fe34819cdc9a, or Webex&apos;s encoded form of one ({reason}).</source>
        <translation>조직 ID는 96abc2aa-3dcc-11e5-a152-fe34819cdc9a와 같은 UUID이거나, 이를 Webex 방식으로 인코딩한 값입니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="157"/>
        <source>Let the wizard read the ID after the Webex sign-in, or copy it from Control Hub (click the organization name, bottom left).</source>
        <translation>Webex 로그인 후 마법사가 ID를 읽도록 하거나, Control Hub에서 복사하세요(왼쪽 아래의 조직 이름 클릭).</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="218"/>
        <location filename="../../wizard/webex/errors.py" line="225"/>
        <source>The Webex token has expired.</source>
        <extracomment>Webex&apos;s 401 said the token expired although the saved record does not (yet) say so.</extracomment>
        <translation>Webex 토큰이 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="22"/>
        <source>It expired on {date}. Webex tokens from this sign-in last about 45 days and cannot be renewed automatically.</source>
        <translation>이 토큰은 {date}에 만료되었습니다. 이 로그인으로 받은 Webex 토큰은 약 45일 동안 유효하며 자동으로 갱신할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="27"/>
        <source>Sign in to Webex again to get a new token; the wizard updates Entra.</source>
        <translation>Webex에 다시 로그인하여 새 토큰을 받으세요. Entra는 마법사가 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="231"/>
        <source>Webex no longer accepts the token.</source>
        <translation>Webex에서 더 이상 토큰을 허용하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="232"/>
        <source>It has not reached its expiry date, so it was most likely revoked (for example by a sign-out, a password change or an administrator), or it belongs to another Webex environment.</source>
        <translation>만료일 전이므로 취소되었을 가능성이 높습니다(예: 로그아웃, 암호 변경 또는 관리자의 조치). 또는 다른 Webex 환경의 토큰입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="242"/>
        <source>Webex did not allow the request.</source>
        <translation>Webex에서 요청을 허용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="243"/>
        <source>The signed-in account or its token lacks the permission (scope or admin role) this step needs.</source>
        <translation>로그인한 계정 또는 해당 토큰에 이 단계에 필요한 권한(범위 또는 관리자 역할)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="248"/>
        <source>Sign in to Webex again with a Full Administrator account of the organization.</source>
        <translation>조직의 전체 관리자 계정으로 Webex에 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="286"/>
        <source>Webex is not answering normally.</source>
        <translation>Webex가 정상적으로 응답하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="34"/>
        <source>The problem is on Webex&apos;s side ({status}); nothing was changed.</source>
        <translation>Webex 측의 문제입니다({status}). 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="38"/>
        <source>Retry later. If it lasts, check status.webex.com.</source>
        <translation>나중에 다시 시도하세요. 문제가 계속되면 status.webex.com을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="255"/>
        <source>Webex is limiting the number of requests.</source>
        <translation>Webex에서 요청 수를 제한하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="30"/>
        <source>Too many requests were sent; Webex asks to wait {retry_after} seconds.</source>
        <translation>요청을 너무 많이 보냈습니다. Webex에서 {retry_after}초 동안 기다리도록 요청했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="33"/>
        <source>Nothing was changed. Wait, then click Retry.</source>
        <translation>변경된 내용은 없습니다. 잠시 기다린 후 [다시 시도]를 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="293"/>
        <source>Webex answered with an unexpected error.</source>
        <translation>Webex에서 예기치 않은 오류를 반환했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="294"/>
        <source>Status {status}: {message}</source>
        <translation>상태 {status}: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="295"/>
        <source>Retry; if it happens again, send the ids below to support.</source>
        <translation>다시 시도하세요. 다시 발생하면 아래 ID를 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="262"/>
        <source>Webex&apos;s answer could not be understood.</source>
        <translation>Webex의 응답을 해석할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="226"/>
        <source>Webex said so when the wizard used it: {detail}</source>
        <translation>마법사가 토큰을 사용했을 때 Webex가 그렇게 응답했습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="263"/>
        <source>{detail}. A proxy may have replaced the answer.</source>
        <translation>{detail}. 프록시가 응답을 바꿨을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="264"/>
        <source>Check the Webex settings and proxy, retry, then contact support.</source>
        <translation>Webex 설정과 프록시를 확인하고 다시 시도하세요. 그래도 안 되면 지원 담당자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="270"/>
        <source>{account} is not a Full Administrator of this Webex organization.</source>
        <translation>{account}은(는) 이 Webex 조직의 전체 관리자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="273"/>
        <source>A token from an account without the Full Administrator role cannot create users in Webex, so provisioning would fail. Roles of this account: {roles}.</source>
        <translation>전체 관리자 역할이 없는 계정의 토큰으로는 Webex에서 사용자를 만들 수 없으므로 프로비저닝이 실패합니다. 이 계정의 역할: {roles}.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="278"/>
        <source>Click &quot;Sign in as someone else&quot; and sign in with a Full Administrator account of the organization.</source>
        <translation>[다른 계정으로 로그인]을 클릭하고 조직의 전체 관리자 계정으로 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="330"/>
        <source>The Webex SCIM service at {host} rejected the token.</source>
        <translation>{host}의 Webex SCIM 서비스에서 토큰을 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="331"/>
        <source>The token is expired, revoked, or from another Webex environment (for example a Webex for Government token on a commercial address). Webex said: {detail}</source>
        <translation>토큰이 만료 또는 취소되었거나 다른 Webex 환경의 토큰입니다(예: 상용 주소에 사용한 Webex for Government 토큰). Webex 응답: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="336"/>
        <source>Sign in to Webex again, and check the Webex environment setting.</source>
        <translation>Webex에 다시 로그인하고 Webex 환경 설정을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="342"/>
        <source>The Webex SCIM service at {host} refused access.</source>
        <translation>{host}의 Webex SCIM 서비스에서 액세스를 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="343"/>
        <source>The signed-in Webex account is not a Full (or User) Administrator of this organization, or the token lacks the SCIM scope. Webex said: {detail}</source>
        <translation>로그인한 Webex 계정이 이 조직의 전체 관리자(또는 사용자 관리자)가 아니거나, 토큰에 SCIM 범위가 없습니다. Webex 응답: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="348"/>
        <source>Sign in to Webex again with a Full Administrator account of this organization.</source>
        <translation>이 조직의 전체 관리자 계정으로 Webex에 다시 로그인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="355"/>
        <source>The tenant URL {url} was not found.</source>
        <translation>테넌트 URL {url}을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="356"/>
        <source>The address or the organization ID in it is wrong, or Webex has retired this form of the address.</source>
        <translation>주소 또는 주소에 포함된 조직 ID가 잘못되었거나, Webex에서 이 형식의 주소를 더 이상 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="361"/>
        <source>Use the tenant URL the wizard proposes (it contains the organization ID read from your sign-in), or try the other Webex SCIM address.</source>
        <translation>마법사가 제안하는 테넌트 URL(로그인에서 읽은 조직 ID 포함)을 사용하거나 다른 Webex SCIM 주소를 사용해 보세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="369"/>
        <source>Webex is limiting the number of SCIM requests.</source>
        <translation>Webex에서 SCIM 요청 수를 제한하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="397"/>
        <source>The Webex SCIM service at {host} is not answering normally.</source>
        <translation>{host}의 Webex SCIM 서비스가 정상적으로 응답하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="404"/>
        <source>The Webex SCIM service at {host} answered {status}.</source>
        <translation>{host}의 Webex SCIM 서비스가 상태 코드 {status}을(를) 반환했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="405"/>
        <source>The connection test expected a SCIM list: {detail}</source>
        <translation>연결 테스트에서 SCIM 목록 응답을 기대했지만 다른 응답을 받았습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="406"/>
        <source>Check the tenant URL; if it is right, send the ids below to support.</source>
        <translation>테넌트 URL을 확인하세요. URL이 올바르면 아래 ID를 지원 담당자에게 보내세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="376"/>
        <source>The Webex SCIM service at {host} rejected the token: it has expired.</source>
        <translation>{host}의 Webex SCIM 서비스에서 토큰을 거부했습니다. 토큰이 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="384"/>
        <source>The tenant URL belongs to another Webex organization.</source>
        <translation>테넌트 URL이 다른 Webex 조직의 것입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="385"/>
        <source>It names the organization {url_org}, but you signed in to {org}. Entra would provision users into the wrong organization, or fail.</source>
        <translation>이 URL에는 조직 {url_org}이(가) 지정되어 있지만, 로그인한 조직은 {org}입니다. 이대로면 Entra가 잘못된 조직에 사용자를 프로비저닝하거나 실패합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="390"/>
        <source>Go Back and choose the tenant URL the wizard proposes for your organization.</source>
        <translation>[뒤로]를 눌러 마법사가 조직에 맞게 제안하는 테넌트 URL을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="441"/>
        <source>The tenant URL &apos;{url}&apos; cannot be used.</source>
        <translation>테넌트 URL &apos;{url}&apos;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="442"/>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/errors.py" line="443"/>
        <source>Use an https:// address on {hosts} that ends with your organization ID, such as the one the wizard proposes.</source>
        <translation>{hosts}에 있고 조직 ID로 끝나는 https:// 주소(예: 마법사가 제안하는 주소)를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="74"/>
        <source>The saved progress could not be used.</source>
        <extracomment>A temp file older than this belongs to a write that will never finish. Detail keys that can only hold a secret; their values are refused whatever they look like.</extracomment>
        <translation>저장된 진행 상황을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="75"/>
        <source>The file {path} is damaged ({detail}). It only remembers where the wizard stopped; your Entra tenant and Webex org hold the real configuration and were not changed.</source>
        <translation>파일 {path}이(가) 손상되었습니다({detail}). 이 파일은 마법사가 중단된 위치만 기억하며, 실제 구성은 Entra 테넌트와 Webex 조직에 있고 변경되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="81"/>
        <source>Start over: the wizard will read the current configuration from your tenant again. The damaged file was kept as {kept_as} for support.</source>
        <translation>처음부터 다시 시작하세요. 마법사가 테넌트에서 현재 구성을 다시 읽습니다. 손상된 파일은 지원용으로 {kept_as}에 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="89"/>
        <source>The saved progress could not be read.</source>
        <translation>저장된 진행 상황을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="90"/>
        <source>Reading {path} failed ({detail}). It only remembers where the wizard stopped; your Entra tenant and Webex org hold the real configuration.</source>
        <translation>{path}을(를) 읽지 못했습니다({detail}). 이 파일은 마법사가 중단된 위치만 기억하며, 실제 구성은 Entra 테넌트와 Webex 조직에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="95"/>
        <source>Start over (the wizard reads the configuration from your tenant again), or fix the file&apos;s permissions and retry.</source>
        <translation>처음부터 다시 시작하거나(마법사가 테넌트에서 구성을 다시 읽음), 파일 권한을 수정한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="103"/>
        <source>The saved progress was written by a newer version.</source>
        <translation>저장된 진행 상황은 최신 버전에서 기록되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="104"/>
        <source>{path} has format {version}; this version of the wizard knows format {supported}. The file only remembers where the wizard stopped.</source>
        <translation>{path}의 형식은 {version}이지만, 이 버전의 마법사는 형식 {supported}만 인식합니다. 이 파일은 마법사가 중단된 위치만 기억합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="109"/>
        <source>Use the newer version of the wizard, or start over here (your tenant is re-checked; the newer file is kept as it is until you do).</source>
        <translation>최신 버전의 마법사를 사용하거나 여기서 처음부터 다시 시작하세요(테넌트를 다시 확인하며, 다시 시작하기 전까지 최신 파일은 그대로 유지됨).</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="119"/>
        <source>The disk that holds {folder} is full.</source>
        <translation>{folder}이(가) 있는 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="120"/>
        <source>Free some disk space and click Retry. The previously saved progress is kept; changes already made in your tenant stay and are re-checked when you continue.</source>
        <translation>디스크 공간을 확보한 후 [다시 시도]를 클릭하세요. 이전에 저장된 진행 상황은 유지되며, 테넌트에 이미 적용된 변경 내용도 그대로 남아 계속 진행할 때 다시 확인됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="130"/>
        <source>The folder {folder} is read-only or you may not write there.</source>
        <translation>폴더 {folder}이(가) 읽기 전용이거나 쓰기 권한이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="131"/>
        <source>Make the folder writable (or set WIZARD_DATA_DIR to a writable folder) and click Retry. The previously saved progress is kept.</source>
        <translation>폴더를 쓰기 가능하게 설정한 후(또는 WIZARD_DATA_DIR을 쓰기 가능한 폴더로 설정) [다시 시도]를 클릭하세요. 이전에 저장된 진행 상황은 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="140"/>
        <source>Writing to {folder} failed ({reason}).</source>
        <translation>{folder}에 쓰지 못했습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="141"/>
        <source>Click Retry. The previously saved progress is kept.</source>
        <translation>[다시 시도]를 클릭하세요. 이전에 저장된 진행 상황은 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="115"/>
        <source>Your progress could not be saved.</source>
        <translation>진행 상황을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="145"/>
        <source>Refused to save a secret in the progress file.</source>
        <translation>진행 상황 파일에 비밀을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="146"/>
        <source>The value of &apos;{where}&apos; looks like a token, password or code; the progress file is plain text and must never hold one.</source>
        <translation>&apos;{where}&apos;의 값이 토큰, 암호 또는 코드처럼 보입니다. 진행 상황 파일은 일반 텍스트이므로 이러한 값을 절대 저장해서는 안 됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/storage/statefile.py" line="151"/>
        <source>This is a bug in the wizard: please report it with the log file. Secrets belong in the system keyring.</source>
        <translation>마법사의 버그입니다. 로그 파일과 함께 보고해 주세요. 비밀은 시스템 키링에 저장해야 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="85"/>
        <source>Microsoft sign-in was cancelled.</source>
        <extracomment>Non-secret pointer to the tenant whose MSAL cache was saved last (keyring, per profile). The system browser&apos;s local listener gives up after this long (MSAL cannot be interrupted). The sign-in window was closed before the sign-in finished.</extracomment>
        <translation>Microsoft 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="86"/>
        <source>The sign-in window was closed before the sign-in finished. Nothing was changed.</source>
        <translation>로그인이 완료되기 전에 로그인 창이 닫혔습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/signin.py" line="90"/>
        <source>Click Sign in to try again. If the window cannot finish the sign-in (for example, your organization requires a managed device), choose &apos;Use my system browser&apos; or &apos;Sign in with a code&apos;.</source>
        <translation>[로그인]을 클릭하여 다시 시도하세요. 창에서 로그인을 완료할 수 없으면(예: 조직에서 관리 디바이스를 요구하는 경우) [시스템 브라우저 사용] 또는 [코드로 로그인]을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="64"/>
        <source>The &quot;{name}&quot; app is not in the Entra app gallery of this cloud.</source>
        <extracomment>The gallery&apos;s name for the app (Microsoft&apos;s and Cisco&apos;s tutorials both say &quot;Cisco Webex&quot;). Longest display name we accept (Entra&apos;s own limit for app names is 256 characters). The tag the Entra admin center sets for &quot;Visible to users? = No&quot; (UNCONFIRMED, see above). Properties read for each service principal; kept small so a big tenant pages quickly. Replication wait: a look every second (ends ≤1 s after the app appears), 5 minutes at most.</extracomment>
        <translation>&quot;{name}&quot; 애플리케이션이 이 클라우드의 Entra 애플리케이션 갤러리에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="67"/>
        <source>Microsoft Graph at {host} has no gallery template named &quot;{name}&quot;. It may not be offered in this Microsoft cloud, or the Environment page names the wrong cloud.</source>
        <translation>{host}의 Microsoft Graph에 &quot;{name}&quot;(이)라는 갤러리 템플릿이 없습니다. 이 Microsoft 클라우드에서 제공되지 않거나, [사용 환경] 페이지에서 잘못된 클라우드를 선택했을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="72"/>
        <source>Check the Microsoft cloud on the Environment page. If it is right, add the app by hand in the Entra admin center (Enterprise applications &gt; New application) and run the wizard again: it will find and reuse that app. Nothing was changed.</source>
        <translation>[사용 환경] 페이지에서 Microsoft 클라우드를 확인하세요. 올바르다면 Entra 관리 센터(엔터프라이즈 애플리케이션 &gt; 새 애플리케이션)에서 애플리케이션을 직접 추가한 후 마법사를 다시 실행하세요. 마법사가 해당 애플리케이션을 찾아 재사용합니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="81"/>
        <source>The &quot;Cisco Webex&quot; gallery app of this cloud does not offer provisioning.</source>
        <translation>이 클라우드의 &quot;Cisco Webex&quot; 갤러리 애플리케이션은 프로비저닝을 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="84"/>
        <source>The gallery template {template_id} at {host} does not list &apos;sync&apos; among its provisioning types, so Entra ID could not provision users to Webex with it.</source>
        <translation>{host}의 갤러리 템플릿 {template_id}은(는) 프로비저닝 유형에 &apos;sync&apos;가 없으므로, Entra ID에서 이 템플릿으로는 사용자를 Webex에 프로비저닝할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="89"/>
        <source>Check the Microsoft cloud on the Environment page, or ask Microsoft support whether Cisco Webex provisioning is available in your cloud. Nothing was changed.</source>
        <translation>[사용 환경] 페이지에서 Microsoft 클라우드를 확인하거나, 사용 중인 클라우드에서 Cisco Webex 프로비저닝을 사용할 수 있는지 Microsoft 지원에 문의하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="97"/>
        <source>Entra ID is taking longer than usual to finish creating the app.</source>
        <translation>Entra ID에서 애플리케이션 생성을 마치는 데 평소보다 오래 걸리고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="100"/>
        <source>The app was added (object ID {sp_id}) but after {seconds} seconds Microsoft Graph still answers {graph_code} when asked for it. New apps usually appear within a minute; sometimes replication takes longer.</source>
        <translation>애플리케이션은 추가되었지만(개체 ID {sp_id}) {seconds}초가 지나도 Microsoft Graph에서 조회하면 여전히 {graph_code}을(를) 반환합니다. 새 애플리케이션은 대개 1분 이내에 표시되지만, 복제에 더 오래 걸리는 경우도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="106"/>
        <source>Click Keep waiting. The app will not be added a second time: the wizard remembers it and only waits for it.</source>
        <translation>[계속 기다리기]를 클릭하세요. 애플리케이션이 두 번 추가되지 않습니다. 마법사는 이 애플리케이션을 기억하고 준비될 때까지 기다리기만 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="115"/>
        <source>The app needs a name.</source>
        <translation>애플리케이션 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="116"/>
        <source>The name is empty or longer than {limit} characters.</source>
        <translation>이름이 비어 있거나 {limit}자를 초과합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="117"/>
        <source>Enter a name such as &quot;Cisco Webex&quot; and click Add again.</source>
        <translation>&quot;Cisco Webex&quot;와 같은 이름을 입력하고 [내 테넌트에 Cisco Webex 추가]를 다시 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="251"/>
        <source>searching the Entra app gallery</source>
        <extracomment>&quot;template&quot; when ``applicationTemplateId`` matched the gallery template, else &quot;name&quot;. ISO date the app registration was created, when Graph told us; None when unknown.</extracomment>
        <translation>Entra 애플리케이션 갤러리 검색</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="276"/>
        <location filename="../../wizard/entra/gallery.py" line="296"/>
        <source>listing your tenant&apos;s enterprise apps</source>
        <translation>테넌트의 엔터프라이즈 애플리케이션 나열</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="11"/>
        <source>Nothing is saved for repair yet.</source>
        <translation>아직 복구용으로 저장된 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="12"/>
        <source>No Entra tenant and Webex organization were found in the keyring of profile &apos;{profile}&apos;. Repair and check work from what setup saved.</source>
        <translation>프로필 &apos;{profile}&apos;의 키링에서 Entra 테넌트와 Webex 조직을 찾을 수 없습니다. 복구와 검사는 설정에서 저장한 정보를 바탕으로 작동합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="17"/>
        <source>Run setup first (webex-scim-wizard, or webex-scim-wizard setup).</source>
        <translation>먼저 설정을 실행하세요(webex-scim-wizard 또는 webex-scim-wizard setup).</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="23"/>
        <source>Several Entra tenant + Webex org pairs are saved.</source>
        <translation>Entra 테넌트와 Webex 조직 쌍이 여러 개 저장되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="24"/>
        <source>The wizard cannot guess which one to use: {pairs}.</source>
        <translation>마법사가 사용할 쌍을 추측할 수 없습니다: {pairs}.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="25"/>
        <source>Choose one with --profile TENANT:ORG.</source>
        <translation>--profile TENANT:ORG로 하나를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="29"/>
        <source>Nothing is saved for {wanted}.</source>
        <translation>{wanted}에 대해 저장된 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="30"/>
        <source>The saved pairs are: {pairs}.</source>
        <translation>저장된 쌍: {pairs}.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="31"/>
        <source>Give one of them with --profile TENANT:ORG (or run setup for it).</source>
        <translation>--profile TENANT:ORG로 그중 하나를 지정하세요(또는 해당 쌍에 대해 설정 실행).</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="37"/>
        <source>{service} is not answering normally; nothing was changed.</source>
        <translation>{service}이(가) 정상적으로 응답하지 않습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="38"/>
        <source>The problem is on their side ({code}). Changing the configuration now could make things worse, so the fix was not started.</source>
        <translation>서비스 측의 문제입니다({code}). 지금 구성을 변경하면 상황이 더 나빠질 수 있으므로 수정을 시작하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="43"/>
        <source>Retry later.</source>
        <translation>나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="147"/>
        <location filename="../../wizard/entra/sync/roles.py" line="68"/>
        <location filename="../../wizard/flows/gallery.py" line="139"/>
        <source>reading the Cisco Webex app</source>
        <extracomment>The new app&apos;s provisioning templates, as the wait read them (empty for a reused app).</extracomment>
        <translation>Cisco Webex 애플리케이션 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="180"/>
        <source>reading the provisioning job</source>
        <translation>프로비저닝 작업 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/entra_checks.py" line="174"/>
        <location filename="../../wizard/entra/gallery.py" line="333"/>
        <location filename="../../wizard/entra/sync/jobs.py" line="50"/>
        <source>reading the app&apos;s provisioning job</source>
        <translation>애플리케이션의 프로비저닝 작업 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/job_checks.py" line="130"/>
        <source>testing the saved credentials</source>
        <translation>저장된 자격 증명 테스트</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="348"/>
        <source>reading when the app was created</source>
        <translation>애플리케이션 생성 날짜 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="388"/>
        <source>adding the app from the gallery</source>
        <translation>갤러리에서 애플리케이션 추가</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="447"/>
        <source>reading the new app</source>
        <translation>새 애플리케이션 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="459"/>
        <source>reading the new app&apos;s provisioning templates</source>
        <translation>새 애플리케이션의 프로비저닝 템플릿 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/gallery.py" line="488"/>
        <source>hiding the app from My Apps</source>
        <translation>내 앱에서 애플리케이션 숨기기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="187"/>
        <source>reading your directory roles</source>
        <translation>디렉터리 역할 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="27"/>
        <source>The name {host} could not be found.</source>
        <translation>호스트 이름 {host}을(를) 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="28"/>
        <source>This computer&apos;s name lookup (DNS) does not know it. The network may be offline or filtered, or the address belongs to another Webex environment (for example a Webex for Government host on a commercial network).</source>
        <translation>이 컴퓨터의 이름 조회(DNS)에서 해당 이름을 찾지 못했습니다. 네트워크가 오프라인이거나 필터링되고 있거나, 다른 Webex 환경의 주소일 수 있습니다(예: 상용 네트워크에서 사용하는 Webex for Government 호스트).</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="34"/>
        <source>Check the network connection and the Webex environment you chose, then click Retry. Nothing was changed.</source>
        <translation>네트워크 연결과 선택한 Webex 환경을 확인한 후 [다시 시도]를 클릭하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="43"/>
        <source>The proxy did not let the wizard reach {host}.</source>
        <translation>프록시 때문에 마법사가 {host}에 연결하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="44"/>
        <source>The proxy server configured on this computer (HTTPS_PROXY) refused or failed the connection.</source>
        <translation>이 컴퓨터에 구성된 프록시 서버(HTTPS_PROXY)가 연결을 거부했거나 연결에 실패했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/webex/network.py" line="49"/>
        <source>Ask your network team to allow {host} through the proxy, or correct the proxy setting, then click Retry. Nothing was changed.</source>
        <translation>네트워크 팀에 프록시에서 {host}을(를) 허용하도록 요청하거나 프록시 설정을 수정한 후 [다시 시도]를 클릭하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="59"/>
        <source>Consent for Cisco Webex Identity Integration was not given.</source>
        <extracomment>Roles that may grant tenant-wide admin consent (docs/entra-graph.md#admin-consent-repair). Cisco&apos;s app may request Graph application permissions, which only a Privileged Role Administrator or a Global Administrator can grant, so those two are what the wizard asks for. Replication of a re-created service principal: a look every second, 5 minutes at most, so the wait ends within about a second of it appearing (see Backoff.flat).</extracomment>
        <translation>Cisco Webex Identity Integration에 대한 동의가 이루어지지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="60"/>
        <source>Microsoft answered {error} ({aadsts}): the consent page was cancelled or the permissions were declined. Nothing was changed in your tenant.</source>
        <translation>Microsoft 응답 {error}({aadsts}): 동의 페이지가 취소되었거나 권한이 거부되었습니다. 테넌트에서 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="65"/>
        <source>Run the fix again and click Accept on the permissions page, signed in as a Global Administrator or Privileged Role Administrator.</source>
        <translation>전역 관리자 또는 권한 있는 역할 관리자로 로그인한 상태에서 수정을 다시 실행하고, 권한 페이지에서 [수락]을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="73"/>
        <source>This account cannot grant tenant-wide consent.</source>
        <translation>이 계정으로는 테넌트 전체에 대한 동의를 부여할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="74"/>
        <source>Restoring Cisco Webex Identity Integration needs admin consent for the whole tenant ({aadsts}); the signed-in account does not hold a role that may give it.</source>
        <translation>Cisco Webex Identity Integration을 복원하려면 테넌트 전체에 대한 관리자 동의가 필요하지만({aadsts}), 로그인한 계정에는 이를 부여할 수 있는 역할이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="79"/>
        <source>Sign in on the consent page as a Global Administrator or Privileged Role Administrator, or ask one to open the consent link. Nothing was changed.</source>
        <translation>동의 페이지에서 전역 관리자 또는 권한 있는 역할 관리자로 로그인하거나, 해당 관리자에게 동의 링크를 열어 달라고 요청하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="87"/>
        <source>Microsoft did not complete the admin consent.</source>
        <translation>Microsoft에서 관리자 동의를 완료하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="88"/>
        <source>It answered {error} ({aadsts}).</source>
        <translation>응답: {error}({aadsts}).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="89"/>
        <source>Retry. If it fails again, send the ids below to support. Nothing was changed.</source>
        <translation>다시 시도하세요. 다시 실패하면 아래 ID를 지원 담당자에게 보내세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="96"/>
        <source>The consent answer did not belong to this request.</source>
        <translation>이 요청에 대한 동의 응답이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="97"/>
        <source>Its &apos;state&apos; value differs from the one the wizard sent, so it may come from another window or have been forged. It was ignored.</source>
        <translation>응답의 &apos;state&apos; 값이 마법사가 보낸 값과 달라, 다른 창에서 왔거나 위조되었을 수 있습니다. 이 응답은 무시했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="102"/>
        <source>Start the re-consent again from the repair page.</source>
        <translation>복구 페이지에서 재동의를 다시 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="106"/>
        <source>Cisco Webex Identity Integration has not appeared in your tenant yet.</source>
        <translation>Cisco Webex Identity Integration이 아직 테넌트에 나타나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="109"/>
        <source>Consent was given, but after {seconds} seconds Microsoft Graph still does not list the app. Entra ID sometimes takes several minutes to replicate a new app.</source>
        <translation>동의는 완료되었지만 {seconds}초가 지나도 Microsoft Graph에 애플리케이션이 표시되지 않습니다. Entra ID에서 새 애플리케이션을 복제하는 데 몇 분이 걸리기도 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="114"/>
        <source>Wait a few minutes and run the checks again; consent need not be repeated.</source>
        <translation>몇 분 기다린 후 검사를 다시 실행하세요. 동의를 다시 할 필요는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="155"/>
        <source>Cisco Webex Identity Integration has not appeared in your tenant.</source>
        <extracomment>The same wait, when nothing told the wizard how the consent page was answered (headless: the administrator opens the address in a browser of their own).</extracomment>
        <translation>Cisco Webex Identity Integration이 테넌트에 나타나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="158"/>
        <source>After {seconds} seconds Microsoft Graph still does not list the app. The wizard cannot tell whether an administrator opened the consent address and clicked Accept; if one did, Entra ID may still be replicating the app.</source>
        <translation>{seconds}초가 지나도 Microsoft Graph에 앱이 표시되지 않습니다. 관리자가 동의 주소를 열고 수락을 클릭했는지 마법사는 알 수 없습니다. 수락했다면 Entra ID가 아직 앱을 복제하는 중일 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="164"/>
        <source>Make sure an administrator opened the address and clicked Accept, wait a few minutes, then run repair again.</source>
        <translation>관리자가 주소를 열고 수락을 클릭했는지 확인하고 몇 분 기다린 다음 복구를 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/consent.py" line="273"/>
        <source>looking for Cisco Webex Identity Integration</source>
        <translation>Cisco Webex Identity Integration 찾기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="48"/>
        <source>Entra ID could not connect to Webex (Test Connection failed).</source>
        <translation>Entra ID에서 Webex에 연결할 수 없습니다(연결 테스트 실패).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="51"/>
        <source>Entra&apos;s provisioning service tried the tenant URL {tenant_url} with the Webex token and answered: {reason}</source>
        <translation>Entra 프로비저닝 서비스에서 Webex 토큰으로 테넌트 URL {tenant_url}에 연결을 시도했으며 다음과 같이 응답했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="56"/>
        <source>The Webex account must be a full administrator of the organization, and the tenant URL must name that organization. Go Back to the Webex sign-in, sign in with a full admin and retry. Nothing was saved in Entra ID.</source>
        <translation>Webex 계정은 조직의 전체 관리자여야 하며, 테넌트 URL에는 해당 조직이 지정되어 있어야 합니다. [뒤로]를 눌러 Webex 로그인으로 돌아가 전체 관리자로 로그인한 후 다시 시도하세요. Entra ID에 저장된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="28"/>
        <source>The app &quot;{app}&quot; offers only the Default Access role.</source>
        <translation>&quot;{app}&quot; 애플리케이션에는 Default Access(기본 액세스) 역할만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="29"/>
        <source>Users and groups assigned with Default Access are excluded from provisioning (Microsoft&apos;s Cisco Webex tutorial), so nobody would reach Webex.</source>
        <translation>Default Access로 할당된 사용자와 그룹은 프로비저닝에서 제외되므로(Microsoft의 Cisco Webex 자습서 참조) 아무도 Webex에 전달되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="38"/>
        <source>The app &quot;{app}&quot; has no role that users can be assigned.</source>
        <translation>&quot;{app}&quot; 애플리케이션에는 사용자에게 할당할 수 있는 역할이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="39"/>
        <source>None of its application roles is enabled for users and groups, and the Default Access role is excluded from provisioning.</source>
        <translation>사용자 및 그룹에 사용하도록 설정된 애플리케이션 역할이 없으며, Default Access 역할은 프로비저닝에서 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="20"/>
        <source>Check the app in the Entra admin center (App registrations &gt; the app &gt; App roles): it should offer a role such as &quot;User&quot;. If someone removed it, delete the app and let the wizard add it again from the gallery. Nothing was changed.</source>
        <translation>Entra 관리 센터에서 애플리케이션을 확인하세요(앱 등록 &gt; 해당 앱 &gt; 앱 역할). &quot;User&quot;와 같은 역할이 있어야 합니다. 누군가 제거했다면 애플리케이션을 삭제하고 마법사가 갤러리에서 다시 추가하도록 하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="65"/>
        <source>{user} was not provisioned: assigned with Default Access only.</source>
        <translation>{user}은(는) 프로비저닝되지 않았습니다. Default Access로만 할당되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="68"/>
        <source>Entra skips users whose only role on the app is Default Access; they are excluded from provisioning.</source>
        <translation>Entra는 애플리케이션에서 Default Access 역할만 있는 사용자를 건너뛰므로 해당 사용자는 프로비저닝에서 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="73"/>
        <source>Assign {user} (or a group they belong to) again with a real role such as &quot;User&quot; on the Scope page, then retry.</source>
        <translation>[프로비저닝 대상] 페이지에서 {user}(또는 해당 사용자가 속한 그룹)을(를) &quot;User&quot;와 같은 실제 역할로 다시 할당한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="81"/>
        <source>Entra ID is limiting on-demand provisioning right now.</source>
        <translation>Entra ID에서 현재 주문형 프로비저닝을 제한하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="82"/>
        <source>Provision on demand allows 5 requests per 10 seconds per app, and Microsoft Graph asked to wait {seconds} seconds (someone else may be using it too).</source>
        <translation>주문형 프로비저닝은 애플리케이션당 10초에 5개 요청까지 허용되며, Microsoft Graph에서 {seconds}초 동안 기다리도록 요청했습니다(다른 사람이 함께 사용하고 있을 수 있음).</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="87"/>
        <source>Wait {seconds} seconds and click Retry. Everything before this step is done and will not be repeated.</source>
        <translation>{seconds}초 기다린 후 [다시 시도]를 클릭하세요. 이 단계 이전의 작업은 모두 완료되었으며 반복되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="96"/>
        <source>The provisioning job was put in quarantine.</source>
        <translation>프로비저닝 작업이 격리되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="97"/>
        <source>Entra ID stopped job {job_id} after it started ({reason}, {error_code}): {message} Quarantine usually means the Webex token was revoked or has expired, or the tenant URL is wrong.</source>
        <translation>Entra ID에서 작업 {job_id}을(를) 시작한 후 중지했습니다({reason}, {error_code}): {message} 격리는 대개 Webex 토큰이 취소 또는 만료되었거나 테넌트 URL이 잘못되었음을 의미합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="103"/>
        <source>Sign in to Webex again with a full administrator to get a new token, then click Retry: the wizard saves the new token and starts the job again, which clears the quarantine.</source>
        <translation>전체 관리자로 Webex에 다시 로그인하여 새 토큰을 받은 후 [다시 시도]를 클릭하세요. 마법사가 새 토큰을 저장하고 작업을 다시 시작하면 격리가 해제됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="112"/>
        <source>{user} is not in scope for provisioning.</source>
        <translation>{user}은(는) 프로비저닝 범위에 포함되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="113"/>
        <source>With &quot;Sync only assigned users and groups&quot;, only users assigned to the app (directly or through a group) are provisioned, and {user} is not assigned.</source>
        <translation>&quot;할당된 사용자 및 그룹만 동기화&quot;을 사용하면 애플리케이션에 직접 또는 그룹을 통해 할당된 사용자만 프로비저닝되는데, {user}은(는) 할당되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="118"/>
        <source>Go Back to the Scope page, assign {user} (or a group they belong to) with a real role, and apply again. Nothing else needs to be redone.</source>
        <translation>[뒤로]를 눌러 [프로비저닝 대상] 페이지로 돌아가 {user}(또는 해당 사용자가 속한 그룹)을(를) 실제 역할로 할당한 후 다시 적용하세요. 다른 작업은 다시 할 필요가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="128"/>
        <source>Provisioning {user} to Webex failed.</source>
        <translation>{user}을(를) Webex에 프로비저닝하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="129"/>
        <source>Entra&apos;s provisioning service reported {error_code}: {message}</source>
        <translation>Entra 프로비저닝 서비스에서 {error_code} 오류를 보고했습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="132"/>
        <source>Check the Webex token and tenant URL (Test Connection), then click Retry. The provisioning logs in the Entra admin center show the same step report. If the same user still fails after the cause is fixed, Webex may have kept the failed create: open a case with Cisco Webex support and give them the TrackingID from that report.</source>
        <translation>Webex 토큰과 테넌트 URL을 확인(연결 테스트)한 다음 다시 시도를 클릭하세요. Entra 관리 센터의 프로비저닝 로그에도 같은 단계 보고서가 표시됩니다. 원인을 해결한 후에도 같은 사용자가 계속 실패하면 Webex에 실패한 생성이 남아 있을 수 있습니다. Cisco Webex 지원에 사례를 열고 해당 보고서의 TrackingID를 전달하세요.</translation>
    </message>
    <message>
        <source>Check the Webex token and tenant URL (Test Connection), then click Retry. The provisioning logs in the Entra admin center show the same step report.</source>
        <translation type="vanished">Webex 토큰과 테넌트 URL을 확인한 후(연결 테스트) [다시 시도]를 클릭하세요. Entra 관리 센터의 프로비저닝 로그에도 같은 단계 보고서가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="143"/>
        <source>The app offers several provisioning templates.</source>
        <translation>애플리케이션에 프로비저닝 템플릿이 여러 개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="144"/>
        <source>None is marked as the default, so the wizard cannot tell which one to use: {templates}.</source>
        <translation>기본값으로 표시된 템플릿이 없어 마법사가 사용할 템플릿을 판단할 수 없습니다: {templates}.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="149"/>
        <source>Choose the template to use (ask Cisco support if unsure) and apply again. Nothing was changed.</source>
        <translation>사용할 템플릿을 선택한 후(확실하지 않으면 Cisco 지원에 문의) 다시 적용하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="157"/>
        <source>The app offers no provisioning template.</source>
        <translation>애플리케이션에 프로비저닝 템플릿이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="158"/>
        <source>Microsoft Graph lists no synchronization template for the app {sp_id}, so no provisioning job can be created for it.</source>
        <translation>Microsoft Graph에 애플리케이션 {sp_id}의 동기화 템플릿이 없으므로 프로비저닝 작업을 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="163"/>
        <source>Make sure the app was added from the gallery entry &quot;Cisco Webex&quot; (not a custom app), then run the wizard again. Nothing was changed.</source>
        <translation>애플리케이션이 사용자 지정 앱이 아니라 갤러리 항목 &quot;Cisco Webex&quot;에서 추가되었는지 확인한 후 마법사를 다시 실행하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="171"/>
        <source>The provisioning job has no rule for users.</source>
        <translation>프로비저닝 작업에 사용자 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="172"/>
        <source>The schema of job {job_id} has no synchronization rule that maps Entra users, so a user cannot be provisioned on demand.</source>
        <translation>작업 {job_id}의 스키마에 Entra 사용자를 매핑하는 동기화 규칙이 없으므로 사용자를 주문형 프로비저닝할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="177"/>
        <source>Check the attribute mappings in the Entra admin center (Provisioning &gt; Mappings); restore the default mappings if they were removed.</source>
        <translation>Entra 관리 센터에서 특성 매핑을 확인하세요(프로비저닝 &gt; 매핑). 기본 매핑이 제거되었다면 복원하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="185"/>
        <source>The notification email address is not valid: {email}</source>
        <translation>알림 메일 주소가 올바르지 않습니다: {email}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="186"/>
        <source>Entra ID sends provisioning failure emails to this address.</source>
        <translation>Entra ID는 프로비저닝 오류 메일을 이 주소로 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/errors.py" line="187"/>
        <source>Enter one address such as admin@contoso.com.</source>
        <translation>admin@contoso.com과 같은 주소 하나를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="60"/>
        <source>searching users and groups</source>
        <extracomment>UPN (or mail) for users, description for groups.</extracomment>
        <translation>사용자 및 그룹 검색</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="83"/>
        <source>reading who is assigned to the app</source>
        <translation>애플리케이션에 할당된 대상 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/assignments.py" line="106"/>
        <source>assigning users and groups to the app</source>
        <translation>애플리케이션에 사용자 및 그룹 할당</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="25"/>
        <source>reading the app&apos;s provisioning templates</source>
        <translation>애플리케이션의 프로비저닝 템플릿 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="57"/>
        <source>reading the provisioning job&apos;s status</source>
        <translation>프로비저닝 작업 상태 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="70"/>
        <source>creating the provisioning job</source>
        <translation>프로비저닝 작업 만들기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="87"/>
        <source>starting the provisioning job</source>
        <translation>프로비저닝 작업 시작</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="54"/>
        <source>testing the connection to Webex</source>
        <translation>Webex 연결 테스트</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="96"/>
        <source>reading the saved provisioning settings</source>
        <extracomment>The keys the wizard owns; every other key in Entra&apos;s set is the admin&apos;s and is kept. Threshold for new setups: Entra&apos;s default for accidental-deletion prevention (https://learn.microsoft.com/en-us/entra/identity/app-provisioning/accidental-deletions). False when Entra refused to let us read its set and the wizard&apos;s earlier save was used.</extracomment>
        <translation>저장된 프로비저닝 설정 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/credentials.py" line="191"/>
        <source>saving the Webex credentials in Entra ID</source>
        <translation>Entra ID에 Webex 자격 증명 저장</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/jobs.py" line="193"/>
        <source>reading the provisioning job&apos;s schema</source>
        <extracomment>entitled / imported / exported / escrowed of the last run, plus synchronized entries.</extracomment>
        <translation>프로비저닝 작업 스키마 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/sync/ondemand.py" line="208"/>
        <source>provisioning the test user on demand</source>
        <extracomment>provisionOnDemand: &quot;The rate limit for this API is 5 requests per 10 seconds.&quot; Longest Retry-After the on-demand call waits out by itself before asking the admin. Shared by every call in this process (the GUI and CLI run one setup at a time).</extracomment>
        <translation>테스트 사용자 주문형 프로비저닝</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="368"/>
        <source>reading the test user</source>
        <translation>테스트 사용자 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="66"/>
        <source>The consent window was closed.</source>
        <translation>동의 창이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="67"/>
        <source>It was closed before Microsoft answered, so no consent was given. Nothing was changed in your tenant.</source>
        <translation>Microsoft가 응답하기 전에 닫혀 동의가 이루어지지 않았습니다. 테넌트에서 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="72"/>
        <source>Click Re-consent again and accept the permissions, signed in as a Global Administrator or Privileged Role Administrator.</source>
        <translation>전역 관리자 또는 권한 있는 역할 관리자로 로그인한 상태에서 [다시 동의]를 다시 클릭하고 권한을 수락하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="80"/>
        <source>You are not signed in to Microsoft.</source>
        <translation>Microsoft에 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="81"/>
        <source>This fix changes your Entra ID tenant, which needs an administrator&apos;s sign-in. The sign-in window was closed or could not finish. Nothing was changed.</source>
        <translation>이 수정은 Entra ID 테넌트를 변경하므로 관리자 로그인이 필요합니다. 로그인 창이 닫혔거나 로그인을 완료할 수 없었습니다. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/errors.py" line="86"/>
        <source>Click Sign in on the Microsoft sign-in row, then run the fix again.</source>
        <translation>Microsoft 로그인 행에서 [로그인]을 클릭한 후 수정을 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/scope.py" line="51"/>
        <source>reading the app&apos;s attribute mappings</source>
        <extracomment>Deliberately simple: one @, a dot in the domain, no spaces. Entra itself checks further.</extracomment>
        <translation>애플리케이션의 특성 매핑 읽기</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="47"/>
        <source>The Webex token could not be read from {path}.</source>
        <extracomment>A Webex access token is about 100 characters; a pasted redirect URL a few hundred. The cap keeps ``/dev/zero`` or ``yes |`` from filling memory. Visible ASCII, the rule the redirect parser applies (``wizard.webex.token``): anything else cannot travel in an Authorization header. Tenant and org ids as the keyring names them (``wizard.storage.secrets``). Longest wait a flag may ask for (seconds): a day; larger values are typos.</extracomment>
        <translation>{path}에서 Webex 토큰을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="48"/>
        <location filename="../../wizard/core/runlock.py" line="49"/>
        <source>{detail}.</source>
        <translation>{detail}.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="49"/>
        <source>Put the token (or the whole redirect URL from the Webex sign-in) on the first line of the file, or pass - and pipe it in.</source>
        <translation>토큰(또는 Webex 로그인의 전체 리디렉션 URL)을 파일의 첫 줄에 넣거나, -를 지정하고 파이프로 전달하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="49"/>
        <source>{option} is required.</source>
        <translation>{option}이(가) 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="50"/>
        <source>The unattended setup cannot ask for it.</source>
        <translation>무인 설정에서는 이 값을 물어볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="51"/>
        <source>Give {option} on the command line or in --answers.</source>
        <translation>명령줄 또는 --answers에서 {option}을(를) 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="55"/>
        <source>No user or group named {name} was found.</source>
        <translation>이름이 {name}인 사용자나 그룹을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="56"/>
        <source>--assign takes a user principal name (UPN) or a group&apos;s exact name.</source>
        <translation>--assign에는 사용자 계정 이름(UPN) 또는 그룹의 정확한 이름을 지정합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="59"/>
        <source>Check the spelling and run setup again. Nothing was changed.</source>
        <translation>철자를 확인하고 설정을 다시 실행하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="63"/>
        <source>Several groups are named {name}.</source>
        <translation>이름이 {name}인 그룹이 여러 개 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="64"/>
        <source>Their object IDs are: {ids}.</source>
        <translation>해당 개체 ID: {ids}.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="65"/>
        <source>Give the groups distinct names in Entra ID and run setup again. Nothing was changed.</source>
        <translation>Entra ID에서 그룹 이름을 서로 다르게 지정하고 설정을 다시 실행하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="85"/>
        <source>Give one of them with --role and run setup again: it reuses the Cisco Webex app it has just added; nothing else was changed.</source>
        <translation>--role로 그중 하나를 지정하고 설정을 다시 실행하세요. 방금 추가한 Cisco Webex 애플리케이션을 다시 사용하며, 그 밖에 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="71"/>
        <source>The app has no role named {role}.</source>
        <translation>애플리케이션에 {role}(이)라는 역할이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="72"/>
        <source>Its assignable roles are: {known}.</source>
        <translation>할당할 수 있는 역할: {known}.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="77"/>
        <source>Give one of them with --role. Nothing was changed.</source>
        <translation>--role로 그중 하나를 지정하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="138"/>
        <source>looking up the user</source>
        <translation>사용자 조회</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/headless.py" line="146"/>
        <source>looking up the group</source>
        <translation>그룹 조회</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="48"/>
        <source>The provisioning job is not known.</source>
        <translation>프로비저닝 작업을 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="49"/>
        <source>Neither the saved progress nor the tenant names the Cisco Webex app&apos;s job.</source>
        <translation>저장된 진행 상황과 테넌트 어디에도 Cisco Webex 애플리케이션의 작업이 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/diagnose/errors.py" line="52"/>
        <source>Run the checks first; if the job is gone, run setup again.</source>
        <translation>먼저 검사를 실행하세요. 작업이 없어졌다면 설정을 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="57"/>
        <source>The answer &apos;{key}&apos; in {path} has the wrong type.</source>
        <translation>{path}의 응답 &apos;{key}&apos;의 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="58"/>
        <location filename="../../wizard/cli/inputs.py" line="64"/>
        <source>It must be {expected}.</source>
        <translation>{expected}(이)어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="59"/>
        <source>Correct &apos;{key}&apos; in the answers file and run again.</source>
        <translation>응답 파일에서 &apos;{key}&apos;을(를) 수정한 후 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="63"/>
        <source>{name} is not valid: {value}</source>
        <translation>{name}이(가) 올바르지 않습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="65"/>
        <source>Correct {name} and run again. Nothing was changed.</source>
        <translation>{name}을(를) 수정한 후 다시 실행하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="69"/>
        <source>The command line is not valid: {message}</source>
        <translation>명령줄이 올바르지 않습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="70"/>
        <source>The wizard cannot tell what to do.</source>
        <translation>마법사가 무엇을 해야 할지 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/cli/inputs.py" line="71"/>
        <source>Run webex-scim-wizard --help for the options. Nothing was changed.</source>
        <translation>옵션을 보려면 webex-scim-wizard --help를 실행하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="182"/>
        <source>{host} closed the connection.</source>
        <extracomment>Retry-After values above this are not waited out inside a call: the response is returned at once and the caller tells the user to retry later (an outage must not freeze a step for minutes).</extracomment>
        <translation>{host}에서 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="183"/>
        <source>The connection ended before an answer came ({detail}): the service, a proxy or a firewall dropped it. The certificate was not the problem.</source>
        <translation>응답을 받기 전에 연결이 끊어졌습니다({detail}). 서비스, 프록시 또는 방화벽에서 연결을 끊었습니다. 인증서 문제는 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="188"/>
        <source>Wait a minute and click Retry; if it keeps happening, check your proxy.</source>
        <translation>잠시 기다린 후 [다시 시도]를 클릭하세요. 계속 발생하면 프록시를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="195"/>
        <source>A secure connection to {host} could not be set up.</source>
        <translation>{host}에 대한 보안 연결을 설정할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="196"/>
        <source>The TLS handshake failed ({detail}): the address may not serve HTTPS, or a proxy interferes with the connection.</source>
        <translation>TLS 핸드셰이크에 실패했습니다({detail}). 해당 주소가 HTTPS를 제공하지 않거나 프록시가 연결을 방해하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/http.py" line="201"/>
        <source>Check that the configured address is the service&apos;s HTTPS address and your proxy settings (HTTPS_PROXY), then retry.</source>
        <translation>구성된 주소가 서비스의 HTTPS 주소인지, 프록시 설정(HTTPS_PROXY)이 올바른지 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="38"/>
        <source>Another run of the wizard is changing this profile.</source>
        <extracomment>How long a second run waits for the first before giving up (seconds). Short: the first run may take minutes, and an admin or a scheduler is better served by a clear message.</extracomment>
        <translation>마법사의 다른 실행에서 이 프로필을 변경하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="39"/>
        <source>{owner} holds the lock; two runs at once could add the app or the job twice.</source>
        <translation>{owner}에서 잠금을 보유하고 있습니다. 두 실행이 동시에 진행되면 애플리케이션이나 작업이 두 번 추가될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="42"/>
        <source>Wait until it has finished, then run this command again. Nothing was changed.</source>
        <translation>해당 실행이 끝날 때까지 기다린 후 이 명령을 다시 실행하세요. 변경된 내용은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="48"/>
        <source>The run lock {path} cannot be used.</source>
        <translation>실행 잠금 {path}을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/core/runlock.py" line="50"/>
        <source>Make sure the data folder is writable (or set WIZARD_DATA_DIR), then retry.</source>
        <translation>데이터 폴더에 쓸 수 있는지 확인한 후(또는 WIZARD_DATA_DIR을 설정한 후) 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>flows</name>
    <message>
        <location filename="../../wizard/entra/sync/mappings.py" line="113"/>
        <source>Webex matches existing users by userName. If userName is not mapped from the userPrincipalName, or a user&apos;s UPN differs from their Webex email, Entra creates a new Webex user instead of matching the existing one.</source>
        <extracomment>Cisco&apos;s recommended table (as in Microsoft&apos;s Cisco Webex tutorial, https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial): Entra source -&gt; Webex target.</extracomment>
        <translation>Webex는 userName으로 기존 사용자를 일치시킵니다. userName이 userPrincipalName에서 매핑되지 않거나 사용자의 UPN이 Webex 메일과 다르면, Entra는 기존 사용자와 일치시키지 않고 새 Webex 사용자를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="131"/>
        <source>Add the Cisco Webex app to your tenant</source>
        <extracomment>The app role the assignments will get, by name (the app&apos;s roles are not known before it exists). Hide the new app from users&apos; My Apps portal (the HideApp tag) right after adding it.</extracomment>
        <translation>테넌트에 Cisco Webex 애플리케이션 추가</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="133"/>
        <source>POST /applicationTemplates/{template_id}/instantiate — add &quot;{name}&quot; and hide it from My Apps (PATCH its tags)</source>
        <translation>POST /applicationTemplates/{template_id}/instantiate — &quot;{name}&quot;을(를) 추가하고 내 앱에서 숨깁니다(태그 PATCH)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="139"/>
        <source>POST /applicationTemplates/{template_id}/instantiate — add &quot;{name}&quot;</source>
        <translation>POST /applicationTemplates/{template_id}/instantiate — &quot;{name}&quot; 추가</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="187"/>
        <source>Hide the app from My Apps</source>
        <translation>내 앱에서 애플리케이션 숨기기</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="189"/>
        <source>PATCH /servicePrincipals/{sp_id} — add the HideApp tag (every other tag is kept), so users do not see the app&apos;s tile in their My Apps portal</source>
        <translation>PATCH /servicePrincipals/{sp_id} — HideApp 태그를 추가하여(다른 태그는 모두 유지) 사용자의 내 앱 포털에 애플리케이션 타일이 표시되지 않게 합니다</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="207"/>
        <source>Reuse the provisioning job {job_id}</source>
        <translation>프로비저닝 작업 {job_id} 재사용</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="209"/>
        <source>GET /servicePrincipals/{sp_id}/synchronization/jobs — the app already has job {job_id}; no new job is created</source>
        <translation>GET /servicePrincipals/{sp_id}/synchronization/jobs — 애플리케이션에 이미 작업 {job_id}이(가) 있으므로 새 작업을 만들지 않습니다</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="228"/>
        <source>Create the provisioning job</source>
        <translation>프로비저닝 작업 만들기</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="230"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning job from template {template_id}</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs — 템플릿 {template_id}에서 프로비저닝 작업 만들기</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="236"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs — create the provisioning job</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs — 프로비저닝 작업 만들기</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="254"/>
        <source>Test the connection from Entra ID to Webex</source>
        <translation>Entra ID에서 Webex로의 연결 테스트</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="256"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials — Entra tries the tenant URL {tenant_url} with the Webex token; nothing is saved</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/validateCredentials — Entra가 Webex 토큰으로 테넌트 URL {tenant_url}을(를) 시험합니다. 아무것도 저장되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="290"/>
        <source>all users and groups</source>
        <translation>모든 사용자 및 그룹</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="291"/>
        <source>only assigned users and groups</source>
        <translation>할당된 사용자 및 그룹만</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="292"/>
        <source>as Entra has it (only assigned users and groups for a new app)</source>
        <translation>Entra에 있는 그대로(새 애플리케이션은 할당된 사용자 및 그룹만)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="297"/>
        <source>GET, then PUT /servicePrincipals/{sp_id}/synchronization/secrets — save the tenant URL, the Webex token, the notification email {email} ({notify}) and the scope ({scope}); every other setting Entra holds is kept</source>
        <translation>GET 후 PUT /servicePrincipals/{sp_id}/synchronization/secrets — 테넌트 URL, Webex 토큰, 알림 메일 {email}({notify}) 및 범위({scope})를 저장하고 Entra에 있는 다른 설정은 모두 유지합니다</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="305"/>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="307"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="312"/>
        <source>Save the Webex credentials and notification settings</source>
        <translation>Webex 자격 증명 및 알림 설정 저장</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="318"/>
        <source>the same credentials were saved by an earlier run and still work</source>
        <translation>이전 실행에서 같은 자격 증명을 저장했으며 여전히 작동함</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="360"/>
        <source>user</source>
        <extracomment>Graph&apos;s principal types, as the assignment&apos;s detail names them.</extracomment>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="360"/>
        <source>group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="369"/>
        <source>Assign {name} to the app as {role}</source>
        <translation>{name}을(를) {role} 역할로 애플리케이션에 할당</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="371"/>
        <source>POST /servicePrincipals/{sp_id}/appRoleAssignedTo — assign the {kind} {who} with the app role &quot;{role}&quot;</source>
        <translation>POST /servicePrincipals/{sp_id}/appRoleAssignedTo — {kind} {who}에게 앱 역할 &quot;{role}&quot; 할당</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="401"/>
        <source>Start provisioning</source>
        <translation>프로비저닝 시작</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="403"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — turn provisioning on; Entra then syncs about every 40 minutes</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/start — 프로비저닝을 켭니다. 이후 Entra가 약 40분마다 동기화합니다</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="427"/>
        <source>Provision the test user to Webex now</source>
        <translation>지금 테스트 사용자를 Webex에 프로비저닝</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="433"/>
        <source>Provision {name} to Webex now, as a test</source>
        <translation>테스트로 지금 {name}을(를) Webex에 프로비저닝</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_plan.py" line="442"/>
        <source>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — provision {who} immediately and report whether it reached Webex</source>
        <translation>POST /servicePrincipals/{sp_id}/synchronization/jobs/{{jobId}}/provisionOnDemand — {who}을(를) 즉시 프로비저닝하고 Webex에 도달했는지 알립니다</translation>
    </message>
    <message>
        <source>Add the Cisco Webex app from the Entra gallery</source>
        <extracomment>The app role the assignments will get, by name (the app&apos;s roles are not known before it exists). Hide the new app from users&apos; My Apps portal (the HideApp tag) right after adding it.</extracomment>
        <translation type="vanished">Entra 갤러리에서 Cisco Webex 애플리케이션 추가</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="127"/>
        <source>added to your tenant</source>
        <extracomment>The app an earlier, killed Apply added for this tenant (see add_app).</extracomment>
        <translation>테넌트에 추가됨</translation>
    </message>
    <message>
        <source>added to your tenant and hidden from My Apps</source>
        <translation type="vanished">테넌트에 추가되고 내 앱에서 숨겨짐</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="129"/>
        <source>the tenant already had it; nothing was added</source>
        <translation>테넌트에 이미 있음, 추가된 항목 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="182"/>
        <source>not hidden: {reason} Run the setup again, or set Visible to users? to No in the Entra admin center (Enterprise applications &gt; the app &gt; Properties)</source>
        <translation>숨기지 못함: {reason} 설정을 다시 실행하거나, Entra 관리 센터(엔터프라이즈 애플리케이션 &gt; 해당 애플리케이션 &gt; 속성)에서 &quot;사용자에게 표시하시겠습니까?&quot;를 &quot;아니요&quot;로 설정하세요</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="191"/>
        <source>it was already hidden</source>
        <translation>이미 숨겨져 있음</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="206"/>
        <location filename="../../wizard/flows/setup_plan.py" line="220"/>
        <source>reuse job {job_id}</source>
        <translation>작업 {job_id} 다시 사용</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="214"/>
        <source>created job {job_id}</source>
        <translation>작업 {job_id}을(를) 만듦</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="241"/>
        <source>Entra did not let the wizard read its saved settings; the other settings were kept as this wizard saved them last</source>
        <translation>Entra에서 마법사가 저장된 설정을 읽도록 허용하지 않았으므로, 다른 설정은 이 마법사가 마지막으로 저장한 대로 유지되었습니다</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="281"/>
        <location filename="../../wizard/flows/setup_apply.py" line="289"/>
        <location filename="../../wizard/flows/setup_plan.py" line="386"/>
        <source>already assigned with this role</source>
        <translation>이미 이 역할로 할당됨</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="302"/>
        <location filename="../../wizard/flows/setup_plan.py" line="413"/>
        <source>the job is already running ({status})</source>
        <translation>작업이 이미 실행 중임({status})</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="341"/>
        <source>created in Webex</source>
        <extracomment>Provision on demand&apos;s action (Create, Update, Delete...) -&gt; the note, in past tense.</extracomment>
        <translation>Webex에서 생성됨</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="342"/>
        <source>updated in Webex</source>
        <translation>Webex에서 업데이트됨</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="343"/>
        <source>deleted in Webex</source>
        <translation>Webex에서 삭제됨</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="344"/>
        <source>provisioned in Webex</source>
        <translation>Webex에 프로비저닝됨</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_apply.py" line="350"/>
        <source>already up to date in Webex</source>
        <translation>Webex에 이미 최신 상태로 반영됨</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../wizard/ui/ops.py" line="47"/>
        <source>the application log</source>
        <translation>애플리케이션 로그</translation>
    </message>
    <message>
        <location filename="../../wizard/ui/ops.py" line="76"/>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
</context>
<context>
    <name>preflight</name>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="47"/>
        <source>Cloud Application Administrator</source>
        <extracomment>Role template id -&gt; name, least privileged first (the one to ask for). Names are marked for translation: they are shown as ``{role}`` and the consoles localize them.</extracomment>
        <translation>클라우드 애플리케이션 관리자</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="48"/>
        <source>Application Administrator</source>
        <translation>애플리케이션 관리자</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="49"/>
        <source>Global Administrator</source>
        <translation>전역 관리자</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="228"/>
        <source>roles: none</source>
        <translation>역할: 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="229"/>
        <source>roles: {roles}</source>
        <translation>역할: {roles}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="239"/>
        <source>Your account holds the {role} role, which can set up provisioning.</source>
        <translation>계정에 프로비저닝을 설정할 수 있는 {role} 역할이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="248"/>
        <source>Your account has none of the roles setup needs: Cloud Application Administrator, Application Administrator or Global Administrator.</source>
        <translation>계정에 설정에 필요한 역할(클라우드 애플리케이션 관리자, 애플리케이션 관리자 또는 전역 관리자)이 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="255"/>
        <source>Ask your Global Administrator or Privileged Role Administrator to assign you the {least} role (the least privileged one that is enough). If the role is eligible for you in Privileged Identity Management, activate it, then click Check again.</source>
        <translation>전역 관리자 또는 권한 있는 역할 관리자에게 {least} 역할(필요한 권한을 갖춘 가장 낮은 권한의 역할)을 할당해 달라고 요청하세요. Privileged Identity Management에서 적격 역할로 할당되어 있다면 활성화한 후 [다시 확인]을 클릭하세요.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="269"/>
        <location filename="../../wizard/entra/preflight.py" line="417"/>
        <source>object ID {id}</source>
        <translation>개체 ID {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="270"/>
        <source>provisioning job: {status}</source>
        <translation>프로비저닝 작업: {status}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="272"/>
        <source>provisioning job: none</source>
        <translation>프로비저닝 작업: 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="273"/>
        <source>single sign-on: {mode}</source>
        <translation>Single Sign-On: {mode}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="275"/>
        <source>single sign-on: not set</source>
        <translation>Single Sign-On: 설정 안 됨</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="276"/>
        <source>matched by gallery template</source>
        <translation>갤러리 템플릿으로 일치</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="278"/>
        <source>matched by name</source>
        <translation>이름으로 일치</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="289"/>
        <source>There is no &quot;Cisco Webex&quot; app in your tenant, and the wizard cannot add one from the gallery.</source>
        <translation>테넌트에 &quot;Cisco Webex&quot; 애플리케이션이 없으며, 마법사가 갤러리에서 추가할 수도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="295"/>
        <source>error: {code}</source>
        <translation>오류: {code}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="301"/>
        <source>No &quot;Cisco Webex&quot; app yet: the wizard will add it from the gallery next.</source>
        <translation>아직 &quot;Cisco Webex&quot; 애플리케이션이 없습니다. 다음 단계에서 마법사가 갤러리에서 추가합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="309"/>
        <source>gallery template: {id}</source>
        <translation>갤러리 템플릿: {id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="327"/>
        <source>Found the &quot;{name}&quot; app already in your tenant (added earlier, for single sign-on or by a previous run). The wizard will reuse it and skip adding one.</source>
        <translation>테넌트에 이미 &quot;{name}&quot; 애플리케이션이 있습니다(이전에 Single Sign-On용으로 또는 이전 실행에서 추가됨). 마법사는 이 애플리케이션을 재사용하고 추가 단계를 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="342"/>
        <source>Found {count} &quot;Cisco Webex&quot; apps. Only one should provision users; you will choose which one on the next page.</source>
        <translation>&quot;Cisco Webex&quot; 애플리케이션이 {count}개 있습니다. 사용자를 프로비저닝하는 애플리케이션은 하나만 있어야 하며, 다음 페이지에서 사용할 애플리케이션을 선택합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="359"/>
        <source>It has no provisioning job yet: the wizard will create one.</source>
        <translation>아직 프로비저닝 작업이 없습니다. 마법사가 작업을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="368"/>
        <source>job {id}: {status} (schedule {schedule})</source>
        <translation>작업 {id}: {status}(일정: {schedule})</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="373"/>
        <source>job {id}: {status} (schedule unknown)</source>
        <translation>작업 {id}: {status}(일정 알 수 없음)</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="383"/>
        <source>Its provisioning job is in quarantine ({reason}). The wizard will update its Webex credentials and restart it instead of creating another job.</source>
        <translation>프로비저닝 작업이 격리 상태입니다({reason}). 마법사는 다른 작업을 만들지 않고 기존 작업의 Webex 자격 증명을 업데이트한 후 다시 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="388"/>
        <source>no reason given</source>
        <translation>이유가 제공되지 않음</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="395"/>
        <source>It already has a provisioning job (status {status}). The wizard will update that job instead of creating another one.</source>
        <translation>이미 프로비저닝 작업이 있습니다(상태: {status}). 마법사는 다른 작업을 만들지 않고 해당 작업을 업데이트합니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="411"/>
        <source>The &quot;Cisco Webex Identity Integration&quot; app is present.</source>
        <translation>&quot;Cisco Webex Identity Integration&quot; 애플리케이션이 있습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="418"/>
        <source>appId {app_id}</source>
        <translation>appId {app_id}</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="425"/>
        <source>The &quot;Cisco Webex Identity Integration&quot; app is missing from your tenant.</source>
        <translation>테넌트에 &quot;Cisco Webex Identity Integration&quot; 애플리케이션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="432"/>
        <source>no service principal with appId {app_id}</source>
        <translation>appId가 {app_id}인 서비스 주체 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/entra/preflight.py" line="437"/>
        <source>Provisioning set up by this wizard does not need it, so you can continue. Control Hub&apos;s own Entra ID wizard does need it, and its absence causes &apos;request was unauthorized&apos; errors there; the wizard&apos;s repair mode can restore it with an admin consent.</source>
        <translation>이 마법사로 설정하는 프로비저닝에는 필요하지 않으므로 계속 진행할 수 있습니다. 하지만 Control Hub 자체의 Entra ID 마법사에는 필요하며, 이 애플리케이션이 없으면 Control Hub에서 &apos;request was unauthorized&apos; 오류가 발생합니다. 마법사의 복구 모드에서 관리자 동의로 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your account has none of the roles setup needs: {needed}.</source>
        <translation type="vanished">계정에 설정에 필요한 역할이 하나도 없습니다: {needed}.</translation>
    </message>
</context>
<context>
    <name>repair</name>
    <message>
        <location filename="../../wizard/flows/repair.py" line="181"/>
        <source>The job is already running; it was not restarted.</source>
        <extracomment>Which check confirms which fix.</extracomment>
        <translation>작업이 이미 실행 중이므로 다시 시작하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="188"/>
        <source>The provisioning job was started again.</source>
        <translation>프로비저닝 작업을 다시 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="197"/>
        <source>The new Webex token is saved in Entra ID and the job was restarted.</source>
        <extracomment>(job restarted, Entra let us read its settings) -&gt; what renew_token says.</extracomment>
        <translation>새 Webex 토큰을 Entra ID에 저장하고 작업을 다시 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="200"/>
        <source>The new Webex token is saved in Entra ID.</source>
        <translation>새 Webex 토큰을 Entra ID에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="201"/>
        <source>The new Webex token is saved in Entra ID and the job was restarted. Entra did not let the wizard read its other provisioning settings, so those the wizard saved last were kept.</source>
        <translation>새 Webex 토큰을 Entra ID에 저장하고 작업을 다시 시작했습니다. Entra에서 마법사가 다른 프로비저닝 설정을 읽도록 허용하지 않았으므로 마법사가 마지막으로 저장한 설정을 유지했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="206"/>
        <source>The new Webex token is saved in Entra ID. Entra did not let the wizard read its other provisioning settings, so those the wizard saved last were kept.</source>
        <translation>새 Webex 토큰을 Entra ID에 저장했습니다. Entra에서 마법사가 다른 프로비저닝 설정을 읽도록 허용하지 않았으므로 마법사가 마지막으로 저장한 설정을 유지했습니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/repair.py" line="395"/>
        <source>Cisco Webex Identity Integration is back in your tenant.</source>
        <translation>Cisco Webex Identity Integration이 테넌트에 복원되었습니다.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="118"/>
        <source>Webex provisioning setup report</source>
        <extracomment>Renew this long before the token expires: the daily check&apos;s warning period, so Finish, the report, the reminder and ``check`` name the same day. Admin consoles per cloud. Consoles are not API endpoints (nothing calls them), so they are derived from the chosen cloud rather than configured. The China and FedRAMP entries follow docs/webex.md#webex-for-government and https://learn.microsoft.com/en-us/graph/deployments. Seconds since the epoch, or None when no token expiry is known. &quot;Alex Wilber (alexw@contoso.onmicrosoft.com) — User, role User&quot; etc.</extracomment>
        <translation>Webex 프로비저닝 설정 보고서</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="119"/>
        <source>Generated (UTC)</source>
        <translation>생성 시각(UTC)</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="120"/>
        <source>Demo mode: these values come from the simulator, not a real tenant.</source>
        <translation>데모 모드: 이 값은 실제 테넌트가 아닌 시뮬레이터에서 가져온 것입니다.</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="123"/>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra 테넌트</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="124"/>
        <source>Tenant ID</source>
        <translation>테넌트 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="125"/>
        <source>Enterprise app</source>
        <translation>엔터프라이즈 애플리케이션</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="126"/>
        <source>Service principal (object) ID</source>
        <translation>서비스 주체(개체) ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="127"/>
        <source>Provisioning job ID</source>
        <translation>프로비저닝 작업 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="128"/>
        <source>Provisioning job status</source>
        <translation>프로비저닝 작업 상태</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="129"/>
        <source>Webex tenant URL</source>
        <translation>Webex 테넌트 URL</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="130"/>
        <source>Webex organization ID</source>
        <translation>Webex 조직 ID</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="131"/>
        <source>Webex token expires</source>
        <translation>Webex 토큰 만료</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="132"/>
        <source>Renew the token before</source>
        <translation>토큰 갱신 기한</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="133"/>
        <source>Failure notifications go to</source>
        <translation>오류 알림 받는 사람</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="134"/>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="135"/>
        <source>Assigned users and groups</source>
        <translation>할당된 사용자 및 그룹</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="136"/>
        <source>First user</source>
        <translation>첫 번째 사용자</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="137"/>
        <source>Changes made</source>
        <translation>적용된 변경 내용</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="138"/>
        <source>Admin consoles</source>
        <translation>관리 콘솔</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="139"/>
        <source>Entra admin center</source>
        <translation>Entra 관리 센터</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="140"/>
        <source>Control Hub</source>
        <translation>Control Hub</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="141"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="142"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../../wizard/flows/setup_report.py" line="143"/>
        <source>Before that date, run the wizard&apos;s Repair to sign in to Webex again and save the new token in Entra ID; provisioning stops when the token expires.</source>
        <translation>이 날짜 전에 마법사의 복구를 실행하여 Webex에 다시 로그인하고 새 토큰을 Entra ID에 저장하세요. 토큰이 만료되면 프로비저닝이 중지됩니다.</translation>
    </message>
</context>
</TS>
