import { useEffect, useState } from 'react';
import { roomCall, type Network } from './api';
import { NL_ROOM } from './messages';
import { QrCode } from './qr';

/** Where participants go: the link and its QR code, with the server's network address when it has one. */
export function JoinInfo({ code }: { code: string }) {
  const [network, setNetwork] = useState<Network | null>(null);
  useEffect(() => {
    void roomCall<Network>('GET', '/api/rooms/network').then((a) => a.ok && setNetwork(a.value));
  }, []);
  const here = location.hostname;
  const loopbackPage = here === 'localhost' || here.startsWith('127.') || here === '[::1]';
  // A page opened by its network address already has the address participants need.
  const base = !loopbackPage || !network || network.addresses.length === 0 ? location.origin : `http://${network.addresses[0]}:${network.port}`;
  const link = `${base}/#/ruimte/${code}`;
  const onlyHere = loopbackPage && network !== null && network.addresses.length === 0;
  return (
    <div className="room-join">
      <div>
        <p>{NL_ROOM.joinAt}</p>
        <p className="room-link"><a href={link}>{link}</a></p>
        <p>{NL_ROOM.codeIs}: <strong className="room-code">{code.slice(0, 4)}-{code.slice(4)}</strong></p>
        {onlyHere && <p className="notice">{NL_ROOM.onlyHere}</p>}
      </div>
      <QrCode text={link} label={NL_ROOM.qrLabel(link)} />
    </div>
  );
}
