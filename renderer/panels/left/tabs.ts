// The left panel's tabs. Each feature adds its tab here (id, label, icon, component).
import type { ComponentType } from 'react';
import type { IconName } from '../icons';
import { InsertAndLayers } from './InsertAndLayers';
import { MemePanel } from '../../meme/MemePanel';

import { PackLibraryPanel } from '../../packs/PackLibraryPanel';
export interface LeftTab {
  id: string;
  labelKey: string;
  icon: IconName;
  Component: ComponentType;
}

export const LEFT_TABS: LeftTab[] = [
  { id: 'design', labelKey: 'panels.design', icon: 'rect', Component: InsertAndLayers },
  { id: 'meme', labelKey: 'meme.tab', icon: 'image', Component: MemePanel },
  { id: 'packs', labelKey: 'packs.tab', icon: 'file', Component: PackLibraryPanel },
];
