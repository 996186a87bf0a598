/*
 * Linear walks over a linkedom tree. linkedom keeps nodes in one linked list: `childNodes` builds a
 * fresh list on every read (a loop over `childNodes[i]` is quadratic in the number of siblings) and
 * recursion overflows the stack on a page nested thousands deep. These walks follow the sibling
 * and parent links instead, without recursion: time and stack stay flat whatever the shape.
 */

export interface TreeNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: TreeNode | null;
  nextSibling: TreeNode | null;
  parentNode: TreeNode | null;
}

/**
 * Visits every node under `root` in document order: `enter` on the way down (return false to skip
 * the node's children), `leave` once its children are done (elements only).
 */
export function walkTree(root: TreeNode, enter: (node: TreeNode) => boolean, leave: (node: TreeNode) => void): void {
  let node: TreeNode | null = root.firstChild;
  while (node) {
    const descend = enter(node) && node.firstChild !== null;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    if (node.nodeType === 1) leave(node);
    // Climb until a node has a next sibling, leaving each finished element on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

export interface TreeSize {
  elements: number;
  depth: number;
}

/** Elements and nesting depth under `root`, counting stopped once either passes its cap. */
export function measureTree(root: TreeNode, caps: TreeSize): TreeSize & { overCap: boolean } {
  let elements = 0,
    depth = 0,
    maxDepth = 0,
    overCap = false;
  try {
    walkTree(
      root,
      (node) => {
        if (node.nodeType !== 1) return false;
        elements += 1;
        depth += 1;
        maxDepth = Math.max(maxDepth, depth);
        if (elements > caps.elements || maxDepth > caps.depth) throw OVER_CAP;
        return true;
      },
      () => {
        depth -= 1;
      },
    );
  } catch (error) {
    if (error !== OVER_CAP) throw error;
    overCap = true;
  }
  return { elements, depth: maxDepth, overCap };
}

const OVER_CAP = Symbol('over cap');
