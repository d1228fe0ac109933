import {useId, type ReactNode} from 'react';
import {stitchApp} from '@site/src/data/ui-labels';
import {tokenAction, type TokenAction} from '@site/src/data/token-actions';
import styles from './styles.module.css';

/*
 * Our own drawing of the Stitch web-app panel that the original page showed as a
 * screenshot. Labels come from the UI-labels module; the drawing uses fixed light
 * colours (like a screenshot would) and is framed so it reads in both themes.
 */

const INK = '#1c1e21';
const MUTED = '#4b5563';
const PRIMARY = '#0b6285';
const FRAME = '#c9d1d9';

const text = {
  generate: {
    title: 'Picture: generating an Import API access token in the Stitch web app',
    description: `An Import API integration named "Customer Records", with destination schema customer_records, after "${stitchApp.buttons.saveAndGenerateToken}" was clicked. The new access token is shown once, with a reminder to copy it before clicking "${stitchApp.buttons.closeAndContinue}".`,
    caption: `After ${stitchApp.buttons.saveAndGenerateToken}: the token is shown once.`,
  },
  revoke: {
    title: 'Picture: revoking an Import API access token in the Stitch web app',
    description: `The ${stitchApp.tabs.settings} tab of an Import API integration's ${stitchApp.pages.integrationDetails} page. Its ${stitchApp.sections.apiAccessTokens} section lists two tokens, the older one created 2021-08-12 and its replacement created 2021-08-19, each with a "${stitchApp.buttons.revoke}" button; the older token's button is highlighted.`,
    caption: `${stitchApp.sections.apiAccessTokens}: revoke the old token once its replacement is in use.`,
  },
} satisfies Record<TokenAction, {title: string; description: string; caption: string}>;

function Button({
  x,
  y,
  width,
  label,
  variant,
}: {
  x: number;
  y: number;
  width: number;
  label: string;
  variant: 'primary' | 'secondary' | 'danger';
}): ReactNode {
  const fill = variant === 'primary' ? PRIMARY : '#ffffff';
  const color = variant === 'primary' ? '#ffffff' : variant === 'danger' ? '#a4262c' : INK;
  const stroke = variant === 'danger' ? '#a4262c' : variant === 'primary' ? PRIMARY : FRAME;
  return (
    <g>
      <rect x={x} y={y} width={width} height={30} rx={4} fill={fill} stroke={stroke} />
      <text x={x + width / 2} y={y + 20} textAnchor="middle" fontSize={13} fill={color}>
        {label}
      </text>
    </g>
  );
}

function Frame({breadcrumb, children}: {breadcrumb: string; children: ReactNode}): ReactNode {
  return (
    <>
      <rect x={0.5} y={0.5} width={559} height={319} rx={8} fill="#f4f6f8" stroke={FRAME} />
      <path d="M0.5 36 V8.5 a8 8 0 0 1 8 -8 H551.5 a8 8 0 0 1 8 8 V36 Z" fill="#1f2d3d" />
      <text x={16} y={23} fontSize={14} fontWeight={700} fill="#ffffff">
        Stitch
      </text>
      <text x={76} y={23} fontSize={12} fill="#d0d7de">
        {breadcrumb}
      </text>
      <rect x={20} y={52} width={520} height={252} rx={6} fill="#ffffff" stroke={FRAME} />
      {children}
    </>
  );
}

function GeneratePanel(): ReactNode {
  const {pages, buttons, fields, integrations} = stitchApp;
  return (
    <Frame
      breadcrumb={`${pages.dashboard} › ${buttons.addIntegration} › ${integrations.importApi}`}
    >
      <text x={40} y={84} fontSize={16} fontWeight={700} fill={INK}>
        {integrations.importApi}
      </text>
      <text x={40} y={112} fontSize={12} fill={MUTED}>
        {fields.integrationName}
      </text>
      <rect x={40} y={120} width={220} height={30} rx={4} fill="#ffffff" stroke={FRAME} />
      <text x={50} y={140} fontSize={13} fill={INK}>
        Customer Records
      </text>
      <text x={40} y={170} fontSize={12} fill={MUTED}>
        Destination schema: customer_records
      </text>
      <Button x={40} y={186} width={220} label={buttons.saveAndGenerateToken} variant="primary" />

      <rect x={284} y={72} width={236} height={212} rx={6} fill="#eef6fa" stroke={PRIMARY} />
      <text x={300} y={100} fontSize={14} fontWeight={700} fill={INK}>
        Your API access token
      </text>
      <rect x={300} y={114} width={204} height={30} rx={4} fill="#ffffff" stroke={FRAME} />
      <text x={310} y={134} fontSize={12} fontFamily="monospace" fill={INK}>
        a1b2c3…(shown once)
      </text>
      <text x={300} y={168} fontSize={12} fill={INK}>
        Copy it now: Stitch shows the
      </text>
      <text x={300} y={184} fontSize={12} fill={INK}>
        token only this once.
      </text>
      <Button x={300} y={238} width={204} label={buttons.closeAndContinue} variant="secondary" />
    </Frame>
  );
}

function RevokePanel(): ReactNode {
  const {pages, buttons, tabs, sections} = stitchApp;
  const tokens = [
    {id: 828705046, created: '2021-08-12', note: 'original'},
    {id: 828792559, created: '2021-08-19', note: 'replacement'},
  ];
  return (
    <Frame breadcrumb={`${pages.dashboard} › Customer Records › ${pages.integrationDetails}`}>
      <rect x={40} y={68} width={70} height={8} rx={4} fill="#d8dee4" />
      <rect x={122} y={68} width={70} height={8} rx={4} fill="#d8dee4" />
      <text x={210} y={78} fontSize={13} fontWeight={700} fill={PRIMARY}>
        {tabs.settings}
      </text>
      <rect x={206} y={84} width={64} height={3} fill={PRIMARY} />
      <line x1={40} y1={88} x2={520} y2={88} stroke={FRAME} />
      <text x={40} y={116} fontSize={16} fontWeight={700} fill={INK}>
        {pages.integrationSettings}
      </text>
      <text x={40} y={146} fontSize={13} fontWeight={700} fill={INK}>
        {sections.apiAccessTokens}
      </text>
      {tokens.map((token, index) => {
        const y = 160 + index * 56;
        const isOld = index === 0;
        return (
          <g key={token.id}>
            <rect x={40} y={y} width={480} height={46} rx={4} fill="#ffffff" stroke={FRAME} />
            <text x={54} y={y + 20} fontSize={13} fontFamily="monospace" fill={INK}>
              Token {token.id}
            </text>
            <text x={54} y={y + 36} fontSize={11} fill={MUTED}>
              Created {token.created} ({token.note})
            </text>
            {isOld && (
              <rect
                x={407}
                y={y + 4}
                width={106}
                height={38}
                rx={7}
                fill="none"
                stroke="#b45309"
                strokeWidth={3}
                strokeDasharray="6 3"
              />
            )}
            <Button x={412} y={y + 8} width={96} label={buttons.revoke} variant="danger" />
          </g>
        );
      })}
    </Frame>
  );
}

interface Props {
  /** Which step list the picture goes with: `generate` or `revoke`. */
  type: TokenAction;
}

export default function WebAppPanelPicture({type}: Props): ReactNode {
  const action = tokenAction(type);
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const copy = text[action];
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox="0 0 560 320"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      >
        <title id={titleId}>{copy.title}</title>
        <desc id={descId}>{copy.description}</desc>
        {action === 'generate' ? <GeneratePanel /> : <RevokePanel />}
      </svg>
      <figcaption className={styles.caption}>{copy.caption}</figcaption>
    </figure>
  );
}
