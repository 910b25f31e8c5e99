import { useCallback, useEffect, useState } from 'react';
import { Empty, Spin, Tree, type TreeDataNode } from 'antd';
import { useApolloClient } from '@apollo/client/react';
import { AREA_CHILDREN } from '../../components/reference.graphql';
import type { AreaFieldsFragment } from '../../gql/graphql';

export type Area = AreaFieldsFragment;

interface AreaNode extends TreeDataNode {
  key: string;
  area: Area;
  children?: AreaNode[];
}

const toNode = (area: Area): AreaNode => ({
  key: area.code,
  title: area.name,
  area,
  isLeaf: area.level >= 3 || area.childCount === 0,
});

function replaceChildren(nodes: AreaNode[], code: string, children: AreaNode[]): AreaNode[] {
  return nodes.map((n) => {
    if (n.key === code) return { ...n, children, isLeaf: children.length === 0 };
    return n.children ? { ...n, children: replaceChildren(n.children, code, children) } : n;
  });
}

/** Tree state of the 区划 tree, loaded one level at a time through `areaChildren`. */
export function useAreaTree() {
  const client = useApolloClient();
  const [treeData, setTreeData] = useState<AreaNode[]>([]);
  const [loading, setLoading] = useState(true);

  const fetchChildren = useCallback(
    async (parentCode?: string) => {
      const { data } = await client.query({
        query: AREA_CHILDREN,
        variables: { parentCode },
        fetchPolicy: 'network-only',
      });
      return (data?.areaChildren ?? []).map(toNode);
    },
    [client],
  );

  useEffect(() => {
    fetchChildren()
      .then(setTreeData)
      .catch(() => undefined)
      .finally(() => setLoading(false));
  }, [fetchChildren]);

  const loadChildren = useCallback(
    async (code: string) => {
      const children = await fetchChildren(code);
      setTreeData((prev) => replaceChildren(prev, code, children));
    },
    [fetchChildren],
  );

  return { treeData, loading, loadChildren };
}

export function AreaTree(props: {
  tree: ReturnType<typeof useAreaTree>;
  selected?: string;
  expandedKeys: string[];
  onExpand: (keys: string[]) => void;
  onSelect: (area: Area) => void;
}) {
  const { treeData, loading, loadChildren } = props.tree;
  if (loading) return <Spin style={{ display: 'block', margin: '40px auto' }} />;
  if (treeData.length === 0) return <Empty description="无可管理的区划" />;
  return (
    <Tree<AreaNode>
      showLine
      blockNode
      treeData={treeData}
      selectedKeys={props.selected ? [props.selected] : []}
      expandedKeys={props.expandedKeys}
      onExpand={(keys) => props.onExpand(keys as string[])}
      loadData={(node) => (node.children ? Promise.resolve() : loadChildren(node.key))}
      onSelect={(_, info) => props.onSelect(info.node.area)}
      height={560}
    />
  );
}
