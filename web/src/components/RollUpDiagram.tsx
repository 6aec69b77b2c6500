import dagre from '@dagrejs/dagre';
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { t } from '../i18n';
import { scoreText, valueText } from '../lib/format';
import { paths } from '../lib/paths';
import { STATUS_COLOR, statusOf, type Status } from '../lib/status';

export interface ChainIndicator {
  id: string;
  name: string;
  unit: string | null;
  baseline: { raw: string; year: number | null } | null;
  target: { raw: string; year: number | null } | null;
  plan: { id: string; title: string; loaded: boolean; level: string | null; region: { name: string } | null };
}

export interface ChainStep {
  from: ChainIndicator;
  to: ChainIndicator;
  method: string;
  score: number;
  comparison: string;
  status: Status;
  comparisonNote: string | null;
}

type IndicatorNode = Node<{ indicator: ChainIndicator; focus: boolean }, 'indicator'>;

const NODE_WIDTH = 230;
const NODE_HEIGHT = 92;

function IndicatorBox({ data }: NodeProps<IndicatorNode>) {
  const { indicator: i, focus } = data;
  const classes = ['chain-node', i.plan.loaded ? 'loaded' : 'stub', focus ? 'focus' : ''].join(' ');
  return (
    <div className={classes} data-chain-node={i.id} title={i.plan.title}>
      {/* Edges leave a lower level from its top and enter the higher level at its bottom. */}
      <Handle type="target" position={Position.Bottom} />
      <div className="chain-region">
        {i.plan.region?.name ?? '—'}
        <small>{i.plan.loaded ? t.indicator.loadedPlan : t.indicator.stubPlan}</small>
      </div>
      <div className="chain-name">{i.name}</div>
      <div className="chain-values">
        {t.plan.baseline} {valueText(i.baseline)} · {t.plan.target} {valueText(i.target)}
      </div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
}

const nodeTypes = { indicator: IndicatorBox };

/**
 * The roll-up chain drawn with React Flow, laid out by dagre: district indicators below, the
 * city's above (and further levels above those), each edge labelled with method, score and
 * comparison and coloured by status. Cited stubs (plans known only from a citation) are dashed.
 */
export function RollUpDiagram({ focusId, steps }: { focusId: string; steps: ChainStep[] }) {
  const navigate = useNavigate();
  const { nodes, edges } = useMemo(() => layout(focusId, steps), [focusId, steps]);
  return (
    <div className="chain" data-chain>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_, node) => void navigate(paths.indicator(node.id))}
        minZoom={0.3}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

function layout(focusId: string, steps: ChainStep[]): { nodes: IndicatorNode[]; edges: Edge[] } {
  // dagre adds x and y (the centre) to each node label it lays out.
  const g = new dagre.graphlib.Graph<object, { width: number; height: number; x?: number; y?: number }>();
  // Roll-up points up: the higher level on top, so edges run bottom → top ('BT').
  g.setGraph({ rankdir: 'BT', nodesep: 40, ranksep: 110 });
  g.setDefaultEdgeLabel(() => ({}));
  const indicators = new Map<string, ChainIndicator>();
  for (const s of steps) {
    indicators.set(s.from.id, s.from);
    indicators.set(s.to.id, s.to);
  }
  for (const id of indicators.keys()) g.setNode(id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const s of steps) g.setEdge(s.from.id, s.to.id);
  dagre.layout(g);
  const nodes: IndicatorNode[] = [...indicators.values()].map((indicator) => {
    const p = g.node(indicator.id);
    return {
      id: indicator.id,
      type: 'indicator',
      position: { x: (p.x ?? 0) - NODE_WIDTH / 2, y: (p.y ?? 0) - NODE_HEIGHT / 2 },
      data: { indicator, focus: indicator.id === focusId },
    };
  });
  const edges: Edge[] = steps.map((s) => {
    const status = statusOf(s);
    const color = STATUS_COLOR[status];
    return {
      id: `${s.from.id}→${s.to.id}`,
      source: s.from.id,
      target: s.to.id,
      label: `${t.method[s.method] ?? s.method} · ${scoreText(s.score)} · ${t.comparison[s.comparison] ?? s.comparison}（${t.status[status]}）`,
      labelStyle: { fill: color, fontWeight: 600 },
      labelBgStyle: { fill: '#fff' },
      labelBgPadding: [6, 3] as [number, number],
      style: { stroke: color, strokeWidth: 2 },
      markerEnd: { type: MarkerType.ArrowClosed, color },
      data: { status },
      className: `edge-${status.toLowerCase()}`,
    };
  });
  return { nodes, edges };
}
