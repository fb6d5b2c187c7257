import type { Catalog } from '../i18n/catalog';
import type { lessonEn } from './messages.en';

/** The texts of the lesson in Japanese; a missing or extra key fails the typecheck. */
export const lessonJa: Catalog<typeof lessonEn> = {
  nameRefused: 'レッスン: ポート 80 の 2 つのサービス、フローティング IP 無効',
  nameFloating: 'レッスン: ポート 80 の 2 つのサービス、フローティング IP 有効',
  nameOtherPort: 'レッスン: フローティング IP 無効、別のバックエンド ポート',
  descriptionRefused:
    '2 つのフロントエンドが TCP {port} を同じ VM の同じバックエンド ポートに送る (フローティング IP 無効): Azure はこれを拒否します。',
  descriptionFloating:
    '同じ 2 つの規則でフローティング IP を有効化: 各 VM はフロントエンド IP を受け取るため、バックエンド ポートを再利用できます。',
  descriptionOtherPort:
    'フローティング IP 無効、{rule} はバックエンド ポート {port} を使用: 各 VM は NIC の IP と規則ごとのポートを受け取ります。',
  nameCluster: 'レッスン: クラスターの VIP は 1 つのノードに',
  descriptionCluster:
    'フローティング IP の規則 1 つと 2 ノードの Windows クラスター: クラスターの IP リソースが {ip} をアクティブ ノードだけに保持します。',

  refusedTitle: '同じ VM のポート {port} で 2 つのサービス',
  refusedSetup:
    '負荷分散規則 {ruleA} はフロントエンド {feA} ({ipA}) を、規則 {ruleB} はフロントエンド {feB} ({ipB}) を、同じバックエンド プール {pool} のバックエンド ポート {port} に送ります。フローティング IP は無効です。キャンバスにはこのトポロジが表示されています。',
  refusedWhy:
    'フローティング IP が無効な場合、Azure は宛先を各 VM の NIC の IP アドレスとバックエンド ポートに書き換えます。{vm} は両方の規則のフローを {endpoint} で受け取り、2 つのサービスを区別できないため、Azure はこの規則を拒否します。',
  refusedDiagnostic: 'キャンバスに対する Floatplan の検証結果 (リアルタイム。デプロイ時に Azure も同じコードを返します):',
  refusedWaysOut:
    '解決策は 2 つ: 両方の規則でフローティング IP を有効にする (次のステップ)、またはページの規則タイプ 1 のように片方の規則に別のバックエンド ポートを使う (規則 {ruleB} をポート {otherPort} に)。',

  floatingTitle: 'フローティング IP で解決',
  floatingWhy:
    'フローティング IP を有効にすると、Azure は宛先 IP を書き換えません。各 VM はフロントエンド IP アドレスとバックエンド ポートを受け取ります。2 つの規則の宛先が異なる ({ipA} と {ipB}) ため、両方ともポート {port} を使えます。',
  floatingDiagram: '規則 {rule} → {vm}: フローティング IP 無効 (左) と有効 (右)。プランナーが現在のキャンバスからトレースした図です:',
  floatingTry:
    '自分でスイッチを入れてみましょう。下のボタンは、インスペクターのフローティング IP スイッチと同じように規則を編集します (元に戻すこともできます)。',
  floatingMapping: 'プランナーのマッピングによる、各 VM が受け取る宛先:',
  floatingTrace:
    'キャンバスで規則 {rule} が選択され、下のトレース タブでこの規則を開いています。ホップごとにパケットを進め、有効化前後の図を比べてください。',

  guestTitle: 'ゲスト OS で必要な構成',
  guestIntro:
    'フローティング IP は負荷分散規則で構成しますが、バックエンド プール内の各 VM のゲスト OS も、フロントエンド IP とポート宛てのトラフィックを受信するように構成する必要があります:',
  guestLoopback: 'ループバック インターフェイスを追加し、フロントエンド IP アドレスを構成します: {vm} には {ips} が必要です。',
  guestWeakHost:
    'インターフェイスに割り当てられていない IP アドレスのパケットを送受信できるようにします: Windows では "弱いホスト" モデル (NIC で weakhostreceive、ループバックで weakhostreceive と weakhostsend) が必要です。Linux では通常、既定で使用されます。',
  guestFirewall:
    'ゲストのファイアウォールでサービスを許可し ({protocol} {port})、正常性プローブには NIC の IP アドレス ({probe}) で応答します。',
  guestWindows: 'Windows ({vm}) では、管理者のコマンド プロンプトで (ページのコマンドを /32 マスクで):',
  guestLinux: 'Linux ({vm}) では (再起動後は保持されません):',
  guestMask:
    'Microsoft の例は /24 マスク (255.255.255.0) を使っていますが、/32 ならフロントエンド IP だけが追加されます。Linux で lo に /24 を付けると、その /24 全体が VM のローカル アドレスになります。',
  guestScripts: '下のスクリプト タブで、選択した VM 用の完全で再実行可能なスクリプトとロールバックを開いています。',
  guestSkipped:
    '手順を省くとフローは失敗します。規則 {rule} から {vm} へのフローについてのトレースの結果 (トレース タブの what-if スイッチで試せます):',

  limitsTitle: '制限事項',
  limitsSkipped: '制限を無視した場合のトレースの結果 (規則 {rule} から {vm}):',
  limitsOutbound:
    'アウトバウンド: フローティング IP が有効な場合、VM が自分から開く接続には NIC のプライマリ IP 構成 ({vm} では {allowed}) を使う必要があります。ループバックのフロントエンド IP {failing} からのフローは Azure のアウトバウンドが書き換えられないため、失敗します。',
  limitsSecondary:
    'セカンダリ IP 構成: NIC のセカンダリ IP 構成ではフローティング IP を使用できません (デュアルスタックのパブリック ロード バランサーの IPv6 構成と、アウトバウンドに NAT ゲートウェイを使う構成を除く)。プライマリ IP をプールに入れるか、2 つ目の NIC を追加してください。Floatplan は FloatingIpOnSecondaryIpConfig として報告します。',
  limitsProbe:
    '正常性プローブ: {source} から NIC の IP アドレス ({vm} では {probe}) に届き、フローティング IP が有効でもフロントエンド IP には届きません。NIC の IP アドレスで応答し、ファイアウォールで許可してください。',
  limitsHaPorts:
    'HA ポート (プロトコル All、ポート 0) は内部 Standard ロード バランサーだけで使えます。同じバックエンド プールに複数の HA ポート規則を置くには、すべての規則でフローティング IP を有効にし、それぞれ別のフロントエンドを使います。フローティング IP なしの HA ポート規則が 1 つあると、そのロード バランサーには他の規則を置けません。',

  clusterTitle: 'クラスターの VIP がすべてのノードではなく 1 つのノードにある理由',
  clusterIntro:
    'すべての VM のループバックに置く方法は、どの VM が応答してもよいサービス向けです。SQL Server 可用性グループのリスナーは違います: 接続を受け付けてよいのはプライマリ レプリカだけです。キャンバスには、プール {pool} への規則 {rule} が Windows フェールオーバー クラスターとして表示されています: クラスターの IP リソースが、それを所有するノード ({active}) の NIC に {ip} を保持し、正常性プローブ ({probe}) に応答するのもそのノードだけです。Microsoft の手順では Set-ClusterParameter (Address、ProbePort、SubnetMask 255.255.255.255) で構成し、ループバックは使いません。',
  clusterMapping: 'プランナーのマッピングによる、各ノードが受け取る宛先 (待ち受ける場所はアクティブ ノードの NIC):',
  clusterNodes: 'トレースの結果 (ノードごと):',
  clusterLoopback:
    '代わりにすべてのノードのループバックに置くと (フローティング IP のページの方法)、{vms} がすべて {ip} を保持し、{probes} でプローブに応答します。Azure は {passive} にもフローを送り、プライマリではないノードが {active} 宛ての接続を受け付けてしまいます。',
  clusterTrace:
    '下のトレース タブで、規則 {rule} からアクティブ ノード {active} へのフローを開いています。そこで VM に {passive} を選ぶと、ロード バランサーはこのノードにフローを送らず、フェールオーバーまではプローブが失敗するのが正常だとわかります。',

  quizTitle: 'クイズ',
  quizDestinationFloating: 'フローティング IP は有効です。{vm} が規則 {rule} で受け取る宛先 (IP:ポート) はどれですか?',
  quizDestinationFloatingWhy:
    'フローティング IP は宛先 IP を書き換えません。{vm} はフロントエンド {frontend} の IP {ip} とバックエンド ポート {port} をループバック インターフェイスで受け取ります。フローティング IP が無効なら {memberIp} が答えです。',
  quizDestinationOtherPort:
    '今度は両方の規則でフローティング IP が無効で、規則 {rule} はバックエンド ポート {port} を使います (ページの規則タイプ 1)。{vm} が規則 {rule} で受け取る宛先はどれですか?',
  quizDestinationOtherPortWhy:
    'フローティング IP が無効な場合、Azure は宛先を VM の NIC の IP アドレス ({memberIp}) と規則のバックエンド ポート ({port}) に書き換えます。フロントエンド IP {ip} は VM には見えません。',
  quizProbe: '規則 {rule} の正常性プローブは {vm} のどこに届きますか?',
  quizProbeWhy:
    '正常性プローブは {source} から VM の NIC の IP アドレスとプローブ ポート ({answer}) に届きます。フローティング IP が有効でも、フロントエンド IP には届きません。',
  quizOutbound: '{vm} 上のアプリケーションが、インターネット上のサーバーへ自分から接続します。送信元 IP はどれを使う必要がありますか?',
  quizOutboundWhy:
    'フローティング IP が有効な場合、アウトバウンドのフローは NIC のプライマリ IP 構成 ({allowed}) を使う必要があります。ループバックのフロントエンド IP ({failing}) からのフローは Azure が書き換えられないため、失敗します。',
  quizClusterProbe:
    '規則 {rule} はプール {pool} に送られます。これは IP リソースを {active} が所有する Windows クラスターです。正常性プローブに応答するのはどこですか?',
  quizClusterProbeWhy:
    'プローブはすべてのノードの NIC の IP に届きますが、応答するのは IP リソースを所有するノード {active} だけです ({answer}、リソースの ProbePort)。他のノードは設計上応答しないため、Azure はそれらにフローを送りません。',
  quizCorrect: '正解です。',
  quizWrong: '残念: 正解は {answer} です。',
};
