/** A raw RFC 5322 message as contributors send them, with CRLF line ends. */
export function buildMail(o: { messageId?: string; from?: string; subject?: string; body?: string; headers?: Record<string, string> } = {}): Buffer {
  const headers: Record<string, string> = {
    From: o.from ?? 'Ada Lovelace <ada@example.test>',
    To: 'contribution@bpf.example',
    Subject: o.subject ?? 'BPF Cybersecurity contribution',
    Date: 'Wed, 07 Oct 2020 16:00:00 +0000',
    'Message-ID': o.messageId ?? `<${Math.random().toString(36).slice(2)}@example.test>`,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    ...o.headers,
  };
  const body =
    o.body ??
    ['Name of the agreement: Paris Call for Trust and Security in Cyberspace', 'Date of launch: November 2018', '', 'About you', 'Name: Ada Lovelace', 'Affiliation: Analytical Engines Ltd', ''].join('\n');
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}
